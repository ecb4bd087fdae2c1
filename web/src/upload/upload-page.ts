import { describeError } from '../api';
import { h, render, selectField } from '../dom';
import { lastCompletedPeriod, recentPeriods } from '../periods';
import { returnHistory } from '../returns/return-history';
import type { Viewer } from '../session';
import { detectFileKind, KIND_LABEL, type FileKind } from './detect-file-kind';
import { reportView } from './report-view';
import { uploadReturn } from './upload-request';

interface Chosen { file: File; kind: FileKind | null }

/** Provider upload: period, the three files (named by their header), validate (dry run), then submit; report and history below. */
export function uploadPage(main: HTMLElement, viewer: Viewer): void {
  const state = { period: lastCompletedPeriod(), files: [] as Chosen[], validated: false, busy: false };
  const providerInput = h('input', { id: 'provider', name: 'provider', autocomplete: 'organization', required: true, value: viewer.providerKey ?? '',
    readonly: viewer.role === 'provider', 'aria-describedby': 'provider-hint', oninput: () => invalidate(), onchange: () => void history.refresh() });
  const providerName = h('input', { id: 'provider-name', name: 'providerName', autocomplete: 'organization' });
  const fileInput = h('input', { id: 'files', name: 'files', type: 'file', multiple: true, accept: '.csv,text/csv', class: 'visually-hidden-input',
    'aria-describedby': 'files-hint', onchange: () => { void addFiles([...(fileInput.files ?? [])]); fileInput.value = ''; } });
  const fileList = h('ul', { class: 'file-list', 'aria-live': 'polite', id: 'chosen-files' });
  const progress = h('progress', { max: 100, value: 0, id: 'upload-progress', 'aria-label': 'Upload progress', hidden: true });
  const progressText = h('p', { class: 'progress-text', 'aria-live': 'polite', id: 'progress-text' });
  const message = h('p', { class: 'error', role: 'alert', id: 'upload-error' });
  const reportBox = h('div', { id: 'report' });
  const validateButton = h('button', { type: 'button', id: 'validate', onclick: () => void send(true) }, 'Validate the files');
  const submitButton = h('button', { type: 'button', id: 'submit', disabled: true, 'aria-describedby': 'submit-hint', onclick: () => void send(false) }, 'Submit the return');
  const submitHint = h('p', { class: 'hint', id: 'submit-hint' }, 'You can submit once the files have been validated without errors.');
  const history = returnHistory(() => providerInput.value.trim());

  const invalidate = () => {
    state.validated = false;
    submitButton.disabled = true;
  };

  const drawFiles = () => {
    render(fileList, state.files.map((c, i) => h('li', { class: c.kind ? 'known' : 'unknown' },
      h('span', { class: 'file-kind' }, `${c.kind ? KIND_LABEL[c.kind] : 'Not recognised'}:`), ' ', h('span', { class: 'file-name' }, c.file.name),
      ` (${formatBytes(c.file.size)})`,
      c.kind ? null : h('span', { class: 'hint' }, ' — its first line is not the header of an ASC-WDS workplace, staff or training file'),
      h('button', { type: 'button', class: 'link-button', 'aria-label': `Remove ${c.file.name}`, onclick: () => { state.files.splice(i, 1); invalidate(); drawFiles(); } }, 'Remove'))));
    const missing = (['workplace', 'staff'] as FileKind[]).filter((k) => !state.files.some((c) => c.kind === k));
    if (state.files.length && missing.length) fileList.append(h('li', { class: 'hint' }, `Still needed: ${missing.map((k) => KIND_LABEL[k].toLowerCase()).join(' and ')}.`));
  };

  const addFiles = async (files: File[]) => {
    for (const file of files) {
      const kind = await detectFileKind(file);
      // a second file of the same kind replaces the first: a return has one of each
      const same = state.files.findIndex((c) => c.file.name === file.name || (kind !== null && c.kind === kind));
      if (same >= 0) state.files.splice(same, 1, { file, kind });
      else state.files.push({ file, kind });
    }
    invalidate();
    drawFiles();
  };

  const send = async (dryRun: boolean) => {
    message.textContent = '';
    if (!providerInput.value.trim()) { message.textContent = 'Enter the provider key.'; providerInput.focus(); return; }
    if (state.files.length === 0) { message.textContent = 'Choose the workplace and staff files (and the training file if you have one).'; return; }
    state.busy = true;
    validateButton.disabled = submitButton.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    progressText.textContent = 'Uploading… 0%';
    try {
      const report = await uploadReturn(
        { provider: providerInput.value.trim(), providerName: providerName.value.trim(), period: state.period, dryRun, files: state.files.map((c) => c.file) },
        (sent, total) => {
          const pct = Math.round((sent / total) * 100);
          progress.value = pct;
          progressText.textContent = `Uploading… ${pct}% (${formatBytes(sent)} of ${formatBytes(total)})`;
        },
        () => { progress.value = 100; progressText.textContent = dryRun ? 'Uploaded. Checking every row…' : 'Uploaded. Checking and saving…'; },
      );
      progressText.textContent = dryRun ? 'Validation finished.' : 'Submission finished.';
      state.validated = dryRun && report.errors === 0;
      render(reportBox, reportView(report));
      (reportBox.querySelector('h2') as HTMLElement | null)?.focus();
      if (!dryRun) {
        // a received return is done with: the list starts empty for the next one
        if (report.accepted) { state.files = []; drawFiles(); }
        await history.refresh();
      }
    } catch (e) {
      progressText.textContent = '';
      message.textContent = describeError(e);
    } finally {
      state.busy = false;
      progress.hidden = true;
      validateButton.disabled = false;
      submitButton.disabled = !state.validated;
    }
  };

  const dropZone = h('div', { class: 'drop-zone', id: 'drop-zone',
    ondragover: (e: DragEvent) => { e.preventDefault(); dropZone.classList.add('over'); },
    ondragleave: () => dropZone.classList.remove('over'),
    ondrop: (e: DragEvent) => { e.preventDefault(); dropZone.classList.remove('over'); void addFiles([...(e.dataTransfer?.files ?? [])]); } },
  fileInput,
  h('label', { for: 'files', class: 'button secondary' }, 'Choose files'),
  h('p', { id: 'files-hint', class: 'hint' }, 'or drop them here: the workplace file, the staff file and, if you have one, the training file (CSV, as exported for ASC-WDS bulk upload). Files are recognised by their first line, whatever their names.'));

  render(main,
    h('h1', {}, 'Upload a workforce return'),
    h('form', { class: 'card', onsubmit: (e: Event) => e.preventDefault(), 'aria-labelledby': 'upload-heading' },
      h('h2', { id: 'upload-heading', class: 'visually-hidden' }, 'Return details'),
      h('div', { class: 'row' },
        h('div', { class: 'field' }, h('label', { for: 'provider' }, 'Provider key'),
          h('p', { class: 'hint', id: 'provider-hint' }, viewer.role === 'provider' ? 'Your token is for this provider.' : 'A short identifier for the provider, e.g. acme-care.'), providerInput),
        viewer.role === 'provider' ? null : h('div', { class: 'field' }, h('label', { for: 'provider-name' }, 'Provider name (optional, for a new provider)'), providerName),
        selectField('Return period', recentPeriods().map((p): [string, string] => [p, `${p} (April ${p.slice(0, 4)} to March ${Number(p.slice(0, 4)) + 1})`]), state.period,
          (v) => { state.period = v; invalidate(); }, 'period')),
      h('fieldset', {}, h('legend', {}, 'Files'), dropZone, fileList),
      h('div', { class: 'actions' }, validateButton, submitButton), submitHint,
      progress, progressText, message),
    reportBox,
    history.element);
  void history.refresh();
}

function formatBytes(b: number): string {
  if (b < 1024) return `${b} bytes`;
  if (b < 1024 * 1024) return `${(b / 1024).toFixed(1)} KB`;
  return `${(b / 1024 / 1024).toFixed(1)} MB`;
}
