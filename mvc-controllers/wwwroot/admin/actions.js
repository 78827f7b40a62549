// The change list's "select all" box (Django admin's actions.js).
document.getElementById('action-toggle').addEventListener('change', e =>
    document.querySelectorAll('.action-select').forEach(box => box.checked = e.target.checked));
