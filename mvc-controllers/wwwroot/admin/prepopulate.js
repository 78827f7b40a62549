// prepopulated_fields (Django admin's prepopulate.js): each element with data-prepopulated-from shows the slug its source
// field makes, by the rule of the shared Slug.From (char.IsLetterOrDigit = Unicode letters \p{L} and decimal digits
// \p{Nd}): lower-case, letters and digits kept, runs of anything else become one '-', trimmed, empty becomes "post".
// Only a preview: the slug saved is the server's (it may also get -2, -3, … when taken).
document.querySelectorAll('[data-prepopulated-from]').forEach(preview => {
    const source = document.getElementById(preview.dataset.prepopulatedFrom);
    if (!source) return;
    const refresh = () => {
        const slug = source.value.toLowerCase().replace(/[^\p{L}\p{Nd}]+/gu, '-').replace(/^-+|-+$/g, '');
        preview.textContent = slug || 'post';
    };
    source.addEventListener('input', refresh);
    if (!preview.textContent.trim() || preview.textContent.trim() === '-') refresh();
});
