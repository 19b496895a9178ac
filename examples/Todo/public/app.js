// The page's only script (script-src 'self'): renders the list and the account, adds todos through fetch().
'use strict';

async function api(path, init) {
  const res = await fetch('/api' + path, init);
  if (!res.ok) throw new Error(res.status + ' ' + await res.text());
  return res.json();
}

async function refresh() {
  const [me, todos] = await Promise.all([api('/me'), api('/todos')]);
  document.getElementById('who').textContent = me.user ? 'Signed in as ' + me.user + '.' : 'Not signed in.';
  document.getElementById('login').hidden = !!me.user;
  document.getElementById('logout').hidden = !me.user;
  const list = document.getElementById('todos');
  list.replaceChildren(...todos.map(todo => {
    const li = document.createElement('li');
    li.textContent = todo.title + (todo.author ? ' (' + todo.author + ')' : '');
    return li;
  }));
  document.body.dataset.ready = 'true';
}

document.getElementById('add-fetch').addEventListener('submit', async event => {
  event.preventDefault();
  const input = event.target.elements.title;
  await api('/todos', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: input.value }),
  });
  input.value = '';
  await refresh();
});

refresh();
