// The change list's action checkboxes (Django admin's actions.js): "select all" on the page, the "n of m selected"
// counter, and "Select all N" across the pages, which sends select_across=true so the action runs on every matching row.
(() => {
    const toggle = document.getElementById('action-toggle');
    if (!toggle) return;
    const boxes = [...document.querySelectorAll('.action-select')];
    const counter = document.querySelector('.action-counter');
    const across = document.getElementById('select-across');
    const question = document.querySelector('.actions .question');
    const all = document.querySelector('.actions .all');
    const clear = document.querySelector('.actions .clear');
    const show = (element, visible) => { if (element) element.hidden = !visible; };

    const selectAcross = on => {
        across.value = on ? 'true' : 'false';
        show(all, on);
        show(clear, on);
        show(counter, !on);
        show(question, !on && boxes.length > 0 && boxes.every(box => box.checked));
    };
    const update = () => {
        const checked = boxes.filter(box => box.checked).length;
        counter.textContent = `${checked} of ${boxes.length} selected`;
        toggle.checked = checked === boxes.length && checked > 0;
        boxes.forEach(box => box.closest('tr').classList.toggle('selected', box.checked));
        selectAcross(false);
    };

    toggle.addEventListener('change', () => { boxes.forEach(box => box.checked = toggle.checked); update(); });
    boxes.forEach(box => box.addEventListener('change', update));
    document.getElementById('select-all-across')?.addEventListener('click', event => { event.preventDefault(); selectAcross(true); });
    document.getElementById('clear-selection')?.addEventListener('click', event => {
        event.preventDefault();
        boxes.forEach(box => box.checked = false);
        update();
    });
    update();
})();
