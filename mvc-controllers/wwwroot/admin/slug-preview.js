// The post form's slug preview (Django admin's prepopulate.js for prepopulated_fields = {"slug": ("title",)}).
// The rule of the shared Slug.From (char.IsLetterOrDigit = Unicode letters \p{L} and decimal digits \p{Nd}):
// lower-case, letters and digits kept, runs of anything else become one '-', trimmed, empty becomes "post".
// Only a preview: the slug saved is the server's (it may also get -2, -3, … when taken).
const title = document.getElementById('Title');
const preview = document.getElementById('slug-preview');
title.addEventListener('input', () => {
    const slug = title.value.toLowerCase().replace(/[^\p{L}\p{Nd}]+/gu, '-').replace(/^-+|-+$/g, '');
    preview.textContent = slug || 'post';
});
