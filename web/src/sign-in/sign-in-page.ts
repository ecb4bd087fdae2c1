import { describeError } from '../api';
import { h, render } from '../dom';
import { token } from '../session';

/** Sign in with a bearer token; it is kept in session storage (gone when the tab closes) and sent on every request. */
export function signInPage(main: HTMLElement, onSignedIn: () => Promise<void>, problem?: string): void {
  const error = h('p', { class: 'error', role: 'alert', id: 'sign-in-error' }, problem ?? '');
  const input = h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', required: true, spellcheck: 'false', 'aria-describedby': 'token-hint sign-in-error' });
  const form = h('form', { class: 'card narrow', onsubmit: async (e: SubmitEvent) => {
    e.preventDefault();
    error.textContent = '';
    token.set(input.value);
    try {
      await onSignedIn();
    } catch (err) {
      token.clear();
      error.textContent = describeError(err);
      input.focus();
    }
  } },
  h('div', { class: 'field' },
    h('label', { for: 'token' }, 'Access token'),
    h('p', { class: 'hint', id: 'token-hint' }, 'Your administrator gives you a token (made with ', h('code', {}, 'wfhub token create'), '). It is kept only until you close this tab.'),
    input),
  h('button', { type: 'submit' }, 'Sign in'),
  error);
  render(main, h('h1', {}, 'Sign in'), form);
  input.focus();
}
