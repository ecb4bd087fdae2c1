import './styles.css';
import { describeError } from './api';
import { h, render } from './dom';
import { coveragePage } from './coverage/coverage-page';
import { dashboardPage } from './dashboard/dashboard-page';
import { signInPage } from './sign-in/sign-in-page';
import { canAnalyse, canUpload, loadViewer, token, type Viewer } from './session';
import { uploadPage } from './upload/upload-page';

interface Route {
  path: string;
  title: string;
  allowed: (v: Viewer) => boolean;
  show: (main: HTMLElement, v: Viewer) => void | Promise<void>;
}

const routes: Route[] = [
  { path: '/upload', title: 'Upload a return', allowed: canUpload, show: uploadPage },
  { path: '/dashboard', title: 'Workforce dashboard', allowed: canAnalyse, show: dashboardPage },
  { path: '/coverage', title: 'Return coverage', allowed: canAnalyse, show: coveragePage },
];

const main = document.getElementById('main')!;
const nav = document.getElementById('nav')!;
let viewer: Viewer | null = null;

/** Client-side navigation: the hub answers every page path with this app (SPA fallback). */
export function navigate(path: string): void {
  history.pushState({}, '', path);
  void show();
}

function link(path: string, text: string): HTMLAnchorElement {
  return h('a', { href: path, 'aria-current': location.pathname === path ? 'page' : undefined, onclick: (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    navigate(path);
  } }, text);
}

function showNav(v: Viewer | null): void {
  const items = v ? routes.filter((r) => r.allowed(v)).map((r) => link(r.path, r.title)) : [];
  const who = !v ? null : h('span', { class: 'who' }, v.fromHub ? `${v.name || 'Signed in'} (${v.role})` : token.get() ? 'Signed in' : 'Open hub (no sign-in needed)');
  const session = token.get()
    ? h('button', { type: 'button', class: 'link-button', onclick: () => { token.clear(); viewer = null; navigate('/sign-in'); } }, 'Sign out')
    : link('/sign-in', 'Sign in');
  render(nav, h('ul', {}, [...items, h('a', { href: '/graphql' }, 'GraphQL API'), session].map((i) => h('li', {}, i))), who);
}

async function show(): Promise<void> {
  const path = location.pathname;
  if (path === '/sign-in') {
    showNav(viewer);
    document.title = 'Sign in · Workforce Hub';
    signInPage(main, async () => {
      viewer = await loadViewer();
      navigate(home(viewer));
    });
    return;
  }
  try {
    viewer ??= await loadViewer();
  } catch (e) {
    viewer = null;
    history.replaceState({}, '', '/sign-in');
    showNav(null);
    signInPage(main, async () => {
      viewer = await loadViewer();
      navigate(home(viewer));
    }, token.get() ? describeError(e) : undefined);
    return;
  }
  const route = routes.find((r) => r.path === path);
  if (!route) {
    history.replaceState({}, '', home(viewer));
    return show();
  }
  showNav(viewer);
  document.title = `${route.title} · Workforce Hub`;
  if (!route.allowed(viewer)) {
    render(main, h('h1', {}, route.title), h('p', { role: 'alert' }, `Your role (${viewer.role}) does not give access to this page.`));
    return;
  }
  main.replaceChildren();
  await route.show(main, viewer);
  main.focus({ preventScroll: true });
}

function home(v: Viewer): string {
  return v.role === 'provider' ? '/upload' : v.role === 'admin' ? '/upload' : '/dashboard';
}

window.addEventListener('popstate', () => void show());
void show();
