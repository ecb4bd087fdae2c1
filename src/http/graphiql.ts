import { dirname, join } from 'node:path';
import express, { Router } from 'express';

const moduleDir = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));

/** GET /graphql (browser): GraphiQL from the installed packages, so the API explorer works offline (no CDN). */
export function graphiqlRoutes(): Router {
  const router = Router();
  router.use('/_graphiql/react', express.static(join(moduleDir('react'), 'umd'), { maxAge: '1d' }));
  router.use('/_graphiql/react-dom', express.static(join(moduleDir('react-dom'), 'umd'), { maxAge: '1d' }));
  router.use('/_graphiql/graphiql', express.static(moduleDir('graphiql'), { maxAge: '1d' }));
  router.get('/graphql', (req, res, next) => {
    if (!req.accepts('html') || req.accepts(['json', 'html']) === 'json' || req.query.query) return next();
    res.type('html').send(PAGE);
  });
  return router;
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"><title>Workforce Hub — GraphiQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/_graphiql/graphiql/graphiql.min.css">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/_graphiql/react/react.production.min.js"></script>
<script src="/_graphiql/react-dom/react-dom.production.min.js"></script>
<script src="/_graphiql/graphiql/graphiql.min.js"></script>
<script>
  var token = sessionStorage.getItem('wfhub.token');
  var headers = token ? { Authorization: 'Bearer ' + token } : {};
  var fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: headers });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true,
      defaultQuery: '# Workforce Hub GraphQL API\\n{\\n  jobRoles { code label group }\\n}\\n' }));
</script>
</body>
</html>`;
