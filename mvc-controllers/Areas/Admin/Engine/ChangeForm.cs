using System.Linq.Expressions;
using Blog.Data.AdminLog;
using Microsoft.EntityFrameworkCore;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>
/// The one add/change form (≈ ModelAdmin's <c>changeform_view</c>): the fields of a model admin's fieldsets read in
/// one SELECT, checked by their rules, written to the object and saved with the inline deletions and the admin log
/// entry in one transaction.
/// </summary>
public sealed class ChangeForm<T>(ModelAdmin<T> admin)
    where T : class, new()
{
    /// <summary>The form for a new object, or for the object with this id (null when there is none).</summary>
    public async Task<ChangeFormPage?> PageAsync(AdminRequest request, int? id)
    {
        var info = admin.Info(request.User);
        if (id is not { } objectId)
            return Page(info, null, null, FieldsFor(adding: true, info), [], null, Defaults());
        if (await ReadAsync(request, objectId) is not { } read) return null;
        var inlines = new List<InlineView>();
        foreach (var inline in admin.Inlines) inlines.Add(await inline.ViewAsync(request, objectId));
        return Page(info, objectId, read.Repr, FieldsFor(adding: false, info), inlines, read.ViewOnSite, read.Values);
    }

    /// <summary>Checks and saves a submitted form; <paramref name="ticked"/> holds each inline's rows ticked for deletion.</summary>
    public async Task<FormOutcome> SaveAsync(
        AdminRequest request, int? id, IReadOnlyDictionary<string, string?> typed, IReadOnlyDictionary<string, IReadOnlyCollection<int>> ticked)
    {
        var adding = id is null;
        var editable = FieldsFor(adding, admin.Info(request.User)).SelectMany(f => f.Fields).Where(f => !f.Readonly)
            .Select(f => admin.Fields.Single(field => field.Name == f.Name)).ToList();
        var values = editable.ToDictionary(f => f.Name, f => string.IsNullOrWhiteSpace(typed.GetValueOrDefault(f.Name)) ? null : typed[f.Name]);
        var errors = editable.Select(f => (f.Name, Message: f.Validate(values[f.Name]))).Where(e => e.Message is not null)
            .Select(e => (e.Name, e.Message!)).Concat(admin.Clean(values, adding)).ToList();
        if (errors.Count > 0) return await InvalidAsync(request, id, typed, ticked, errors);

        await using var transaction = await request.Db.Database.BeginTransactionAsync(request.CancellationToken);
        var model = adding ? new T() : await admin.GetObjectForUpdateAsync(request, id!.Value);
        if (model is null) return FormOutcome.NotFound;
        var before = adding ? null : await ReadAsync(request, id!.Value);
        foreach (var field in editable.Where(f => f.Writes)) field.Write(model, values[field.Name]);
        var deleted = new List<string>();
        var inlineName = "";
        if (!adding)
        {
            foreach (var inline in admin.Inlines)
            {
                deleted.AddRange(await inline.DeleteTickedAsync(request, id!.Value, ticked.GetValueOrDefault(inline.Name) ?? []));
                inlineName = inline.VerboseName;
            }
        }
        T saved;
        try
        {
            saved = await admin.SaveModelAsync(request, model, new FormSubmission(adding, values, before?.Values ?? []));
        }
        catch (FieldValidationException error)
        {
            await transaction.RollbackAsync(request.CancellationToken);
            return await InvalidAsync(request, id, typed, ticked, [(error.Field, error.Message)]);
        }
        catch (DbUpdateConcurrencyException) when (!adding)
        {
            // The object itself was deleted by someone else after it was read (a model whose read takes no lock).
            await transaction.RollbackAsync(request.CancellationToken);
            return FormOutcome.NotFound;
        }
        var savedId = admin.KeyOf(saved);
        var after = (await ReadAsync(request, savedId))!;
        var changed = before is null ? [] : editable.Where(f => before.Values.GetValueOrDefault(f.Name) != after.Values.GetValueOrDefault(f.Name))
            .Select(f => f.Label).ToList();
        request.Log(admin.Slug, savedId, after.Repr, adding ? LogAction.Addition : LogAction.Change,
            adding ? "Added." : AdminLogWriter.ChangeMessage(changed, inlineName, deleted));
        await request.Db.SaveChangesAsync(request.CancellationToken);
        await transaction.CommitAsync(request.CancellationToken);
        return FormOutcome.Saved(savedId, $"The {admin.VerboseName} “{after.Repr}” was {(adding ? "added" : "changed")} successfully.");
    }

    /// <summary>An object page (a password form) of the object with this id; null when there is none.</summary>
    public async Task<ChangeFormPage?> ObjectPageAsync(AdminRequest request, int id, ObjectPage<T> page)
    {
        if (await ReadAsync(request, id) is not { } read) return null;
        var fields = page.Fields.Select(f => View(f, readOnly: false)).ToList();
        return Page(admin.Info(request.User), id, read.Repr, [new FieldsetView(null, null, fields)], [], null, [], page);
    }

    public async Task<FormOutcome> SaveObjectPageAsync(AdminRequest request, int id, ObjectPage<T> page, IReadOnlyDictionary<string, string?> typed)
    {
        var values = page.Fields.ToDictionary(f => f.Name, f => string.IsNullOrWhiteSpace(typed.GetValueOrDefault(f.Name)) ? null : typed[f.Name]);
        var errors = page.Fields.Select(f => (f.Name, Message: f.Validate(values[f.Name]))).Where(e => e.Message is not null)
            .Select(e => (e.Name, e.Message!)).Concat(page.Clean(values)).ToList();
        if (errors.Count > 0)
            return await ObjectPageAsync(request, id, page) is { } invalid ? new FormOutcome(null, null, invalid, errors) : FormOutcome.NotFound;
        await using var transaction = await request.Db.Database.BeginTransactionAsync(request.CancellationToken);
        if (await admin.GetObjectForUpdateAsync(request, id) is not { } model) return FormOutcome.NotFound;
        var message = await page.SaveAsync(request, model, values);
        var repr = (await ReadAsync(request, id))!.Repr;
        request.Log(admin.Slug, id, repr, LogAction.Change, message);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        await transaction.CommitAsync(request.CancellationToken);
        return FormOutcome.Saved(id, $"{message} ({repr})");
    }

    private async Task<FormOutcome> InvalidAsync(
        AdminRequest request, int? id, IReadOnlyDictionary<string, string?> typed, IReadOnlyDictionary<string, IReadOnlyCollection<int>> ticked,
        IReadOnlyList<(string, string)> errors)
    {
        var page = await PageAsync(request, id);
        if (page is null) return FormOutcome.NotFound;
        var values = new Dictionary<string, string?>(page.Values);
        foreach (var (name, value) in typed) values[name] = value;
        // An unticked box is not sent: shown again, it is unticked, whatever the object has.
        foreach (var box in admin.Fields.Where(f => f.Widget == Widget.Checkbox && f.Editable && !typed.ContainsKey(f.Name)))
            values[box.Name] = "false";
        return new FormOutcome(null, null, page with { Values = values, Ticked = ticked }, errors);
    }

    private ChangeFormPage Page(
        ModelInfo info, int? id, string? repr, IReadOnlyList<FieldsetView> fieldsets, IReadOnlyList<InlineView> inlines, string? viewOnSite,
        Dictionary<string, string?> values, ObjectPage<T>? objectPage = null)
    {
        // Every field the page shows has an entry, so that asp-for="Values[name]" finds one.
        foreach (var field in fieldsets.SelectMany(f => f.Fields)) values.TryAdd(field.Name, null);
        var title = objectPage is not null ? $"{objectPage.Title}: {repr}"
            : id is null ? $"Add {admin.VerboseName}"
            : info.Permissions.Change ? $"Change {admin.VerboseName}" : $"View {admin.VerboseName}";
        var canSave = objectPage is not null || (id is null ? info.Permissions.Add : info.Permissions.Change);
        return new ChangeFormPage(info, id, repr, title, fieldsets, inlines, canSave, viewOnSite,
            [.. admin.ObjectPages.Select(p => (p.Name, p.Title))], objectPage?.Name) { Values = values };
    }

    /// <summary>The fieldsets the form shows: add_fieldsets on an add form, read-only fields left out of it but for previews.</summary>
    private List<FieldsetView> FieldsFor(bool adding, ModelInfo info)
    {
        var declared = adding && admin.AddFieldsets.Count > 0 ? admin.AddFieldsets
            : admin.Fieldsets.Count > 0 ? admin.Fieldsets
            : [new Fieldset(null, [.. admin.Fields.Select(f => f.Name)])];
        var canChange = adding ? info.Permissions.Add : info.Permissions.Change;
        return [.. declared.Select(set => new FieldsetView(set.Title, set.Description, [.. set.Fields
            .Select(name => admin.Fields.Single(f => f.Name == name))
            .Select(f => View(f, !canChange || !f.Editable || (!adding && admin.ReadonlyFields.Contains(f.Name))))
            .Where(f => !adding || !f.Readonly || f.PrepopulatedFrom is not null)]))];
    }

    private FieldView View(FormField<T> field, bool readOnly) => new(
        field.Name, field.Label, field.Widget, field.Help, field.Required && !readOnly, readOnly, field.MaxLength, field.Choices,
        admin.PrepopulatedFields.TryGetValue(field.Name, out var from) ? "id_" + from : null);

    /// <summary>A new object's values: each field's value on <c>new T()</c>.</summary>
    private Dictionary<string, string?> Defaults()
    {
        var model = new T();
        return admin.Fields.Where(f => f.Read is not null && f.Writes)
            .ToDictionary(f => f.Name, f => f.Format(f.Read!.Compile().DynamicInvoke(model)));
    }

    private sealed record Read(string Repr, string? ViewOnSite, Dictionary<string, string?> Values);

    /// <summary>The object's name, public address and every field's value, in one SELECT.</summary>
    private async Task<Read?> ReadAsync(AdminRequest request, int id)
    {
        var fields = admin.Fields.Where(f => f.Read is not null).ToList();
        LambdaExpression viewOnSite = (LambdaExpression?)admin.ViewOnSite ?? (Expression<Func<T, string?>>)(_ => null);
        var row = await admin.GetQueryset(request).AsNoTracking().Where(Lambdas.EqualTo(admin.Key!, id))
            .Select(Lambdas.Row<T>([admin.Repr, viewOnSite, .. fields.Select(f => f.Read!)]))
            .SingleOrDefaultAsync(request.CancellationToken);
        if (row is null) return null;
        return new Read((string)row[0]!, (string?)row[1], fields.Select((f, i) => (f.Name, Value: f.Format(row[i + 2])))
            .ToDictionary(v => v.Name, v => v.Value));
    }
}
