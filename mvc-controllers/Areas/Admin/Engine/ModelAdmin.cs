using System.Linq.Expressions;
using Blog.Data.AdminLog;
using Microsoft.EntityFrameworkCore;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>
/// A model's admin (≈ <c>django.contrib.admin.ModelAdmin</c>): declarative options a registration overrides, the
/// hooks it may override (<see cref="GetQueryset"/>, <see cref="SaveModelAsync"/>, the permissions), and helpers to
/// declare columns, filters, fields and actions. The generic pages read nothing else; <see cref="AdminSite.Register{TModel, TAdmin}"/>
/// adds it to the site.
/// </summary>
public abstract class ModelAdmin<T> : IModelAdmin
    where T : class, new()
{
    private readonly Lazy<ModelAdminPages<T>> pages;

    protected ModelAdmin() => pages = new(() => new ModelAdminPages<T>(this));

    // ——— Names (Meta.verbose_name, verbose_name_plural) ———

    public virtual string VerboseName => Names.Label(typeof(T).Name).ToLowerInvariant();
    public virtual string VerboseNamePlural => VerboseName + "s";

    /// <summary>The URL segment: <c>/admin/{slug}/</c>.</summary>
    public virtual string Slug => VerboseNamePlural.Replace(' ', '-');

    /// <summary>The object's name everywhere the admin names one (≈ <c>__str__</c>).</summary>
    public abstract Expression<Func<T, string>> Repr { get; }

    /// <summary>The primary key; null for a model listed without pages of its own objects.</summary>
    public virtual Expression<Func<T, int>>? Key => DefaultKey;

    /// <summary>The key of a saved object, compiled from <see cref="Key"/> once.</summary>
    public int KeyOf(T model) => (_keyOf ??= Key!.Compile())(model);

    private Func<T, int>? _keyOf;

    // ——— The change list ———

    public abstract IReadOnlyList<Column<T>> ListDisplay { get; }

    /// <summary>The columns that link to the object's change page; the first column when empty.</summary>
    public virtual IReadOnlyList<string> ListDisplayLinks => [];

    public virtual IReadOnlyList<ListFilter<T>> ListFilter => [];

    /// <summary>Each word of a search must be found, case-insensitively, in one of these.</summary>
    public virtual IReadOnlyList<Expression<Func<T, string>>> SearchFields => [];

    public virtual Expression<Func<T, DateTime>>? DateHierarchy => null;

    /// <summary>Column names, "-" for descending; the key breaks ties.</summary>
    public virtual IReadOnlyList<string> Ordering => [];

    public virtual int ListPerPage => 100;

    /// <summary>The model's own actions; "Delete selected …" is added for users who may delete.</summary>
    public virtual IReadOnlyList<AdminAction<T>> Actions => [];

    // ——— The change form ———

    /// <summary>Every field the forms may show, read-only ones included.</summary>
    public virtual IReadOnlyList<FormField<T>> Fields => [];

    /// <summary>The change form's groups of <see cref="Fields"/>; one untitled group of all of them when empty.</summary>
    public virtual IReadOnlyList<Fieldset> Fieldsets => [];

    /// <summary>The add form's groups (Django's UserAdmin.add_fieldsets); <see cref="Fieldsets"/> when empty.</summary>
    public virtual IReadOnlyList<Fieldset> AddFieldsets => [];

    /// <summary>Fields shown read-only on the change form of an existing object (≈ <c>get_readonly_fields(request, obj)</c>).</summary>
    public virtual IReadOnlyList<string> ReadonlyFields => [];

    /// <summary>A read-only field previewed as typed from others: <c>{"slug": ["title"]}</c>, as the slug it will be saved under.</summary>
    public virtual IReadOnlyDictionary<string, string> PrepopulatedFields => new Dictionary<string, string>();

    public virtual IReadOnlyList<Inline<T>> Inlines => [];

    /// <summary>Forms of their own on one object (Django's UserAdmin password page): <c>/admin/{slug}/{id}/{name}</c>.</summary>
    public virtual IReadOnlyList<ObjectPage<T>> ObjectPages => [];

    /// <summary>The public page of an object, for "View on site" (≈ <c>get_absolute_url</c>).</summary>
    public virtual Expression<Func<T, string>>? ViewOnSite => null;

    // ——— Hooks ———

    public virtual IQueryable<T> GetQueryset(AdminRequest request) => request.Db.Set<T>();

    /// <summary>Staff may view, add, change and delete what a registration does not restrict; superusers may do everything.</summary>
    public virtual bool HasViewPermission(AdminUser user) => true;
    public virtual bool HasAddPermission(AdminUser user) => true;
    public virtual bool HasChangePermission(AdminUser user) => true;
    public virtual bool HasDeletePermission(AdminUser user) => true;

    /// <summary>The object for an edit, tracked, with what <see cref="SaveModelAsync"/> needs; called inside the save's transaction.</summary>
    public virtual Task<T?> GetObjectForUpdateAsync(AdminRequest request, int id) =>
        GetQueryset(request).SingleOrDefaultAsync(Lambdas.EqualTo(Key!, id), request.CancellationToken);

    /// <summary>Errors that involve several fields (≈ <c>Form.clean()</c>), by field name.</summary>
    public virtual IEnumerable<(string Field, string Message)> Clean(IReadOnlyDictionary<string, string?> values, bool adding) => [];

    /// <summary>
    /// Saves the object the form's fields were written to (≈ <c>save_model</c>) and returns the saved one. Throw
    /// <see cref="FieldValidationException"/> for what only the database can tell (a name taken): the form is shown again with it.
    /// </summary>
    public virtual async Task<T> SaveModelAsync(AdminRequest request, T model, FormSubmission submission)
    {
        if (submission.Adding) request.Db.Add(model);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return model;
    }

    /// <summary>Deletes the rows, for the delete page and <c>delete_selected</c> (≈ <c>delete_queryset</c>); how many went.</summary>
    public virtual Task<int> DeleteQuerysetAsync(AdminRequest request, IQueryable<T> rows) => rows.ExecuteDeleteAsync(request.CancellationToken);

    // ——— Declaration helpers ———

    protected static Column<T> Column<TValue>(Expression<Func<T, TValue>> value, string? label = null, string? name = null, bool sortable = true) =>
        Columns.Of(value, label, name, sortable);

    protected static ListFilter<T> Choices<TEnum>(Expression<Func<T, TEnum>> value, string? parameter = null, string? title = null)
        where TEnum : struct, Enum
    {
        var name = parameter ?? Names.Snake(Lambdas.MemberName(value)!);
        return new ChoicesFilter<T, TEnum>(name, title ?? Names.Label(name).ToLowerInvariant(), value,
            [.. Enum.GetValues<TEnum>().Select(v => (v, v.ToString().ToLowerInvariant(), v.ToString()))]);
    }

    protected static ListFilter<T> Boolean(Expression<Func<T, bool>> value, string title, string? parameter = null) =>
        new ChoicesFilter<T, bool>(parameter ?? Names.Snake(Lambdas.MemberName(value)!), title, value,
            [(true, "true", "Yes"), (false, "false", "No")]);

    protected static ListFilter<T> Related(Expression<Func<T, int>> key, Expression<Func<T, string>> label, string parameter, string? title = null) =>
        new RelatedFilter<T>(parameter, title ?? parameter, key, label);

    protected static AdminAction<T> Action(string name, string label, string pastTense, Func<AdminRequest, IQueryable<T>, Task<int>> run) =>
        new(name, label, pastTense, run);

    /// <summary>A text field over a string property, checked by a shared rule; whitespace only counts as empty.</summary>
    protected static FormField<T> Text(
        Expression<Func<T, string>> value, Func<string?, string?> rule, string? label = null, string? help = null,
        Widget widget = Widget.Text, int? maxLength = null, string? name = null) =>
        Field(value, name, label, help, widget, rule, text => text!, maxLength: maxLength, required: true);

    protected static FormField<T> Checkbox(Expression<Func<T, bool>> value, string? label = null, string? help = null) =>
        Field(value, null, label, help, Widget.Checkbox,
            text => text is null or "true" or "false" ? null : $"“{text}” is not a valid boolean: tick the box or leave it empty.",
            text => text == "true", toText: flag => flag ? "true" : "false");

    /// <summary>A field that is only shown (an author, a date): never read from the form.</summary>
    protected static FormField<T> Display<TValue>(
        Expression<Func<T, TValue>> value, string? label = null, string? name = null, string? help = null, Func<TValue, string?>? toText = null) =>
        new FormField<T, TValue>(name ?? Names.Snake(Lambdas.MemberName(value)!), label ?? Names.Label(name ?? Lambdas.MemberName(value)!), value)
        {
            Help = help,
            ToText = toText ?? (v => v is DateTime at ? at.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture)
                : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)),
        };

    /// <summary>A password typed in, never shown nor written by the engine: <see cref="SaveModelAsync"/> or an object page hashes it.</summary>
    protected static FormField<T> Password(string name, string label, Func<string?, string?> rule, string? help = null) =>
        new FormField<T, string?>(name, label, null) { Widget = Widget.Password, Rule = rule, Help = help, Required = true };

    /// <summary>Any field: how it is read, checked, parsed and written.</summary>
    protected static FormField<T> Field<TValue>(
        Expression<Func<T, TValue>> value, string? name, string? label, string? help, Widget widget,
        Func<string?, string?> rule, Func<string?, TValue> parse, Action<T, TValue>? setter = null,
        Func<TValue, string?>? toText = null, IReadOnlyList<(string, string)>? choices = null, int? maxLength = null, bool required = false)
    {
        var key = name ?? Names.Snake(Lambdas.MemberName(value)!);
        return new FormField<T, TValue>(key, label ?? Names.Label(key), value)
        {
            Widget = widget,
            Help = help,
            Rule = rule,
            Parse = parse,
            Setter = setter ?? Setter(value),
            ToText = toText ?? (v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)),
            Choices = choices ?? [],
            MaxLength = maxLength,
            Required = required,
        };
    }

    protected static Inline<T> Tabular<TChild>(
        string name, string title, string verboseName, Expression<Func<TChild, int>> parent, Expression<Func<TChild, int>> key,
        Expression<Func<TChild, string>> repr, params Column<TChild>[] columns)
        where TChild : class =>
        new TabularInline<T, TChild>(name, title, verboseName, parent, key, repr, columns);

    // ——— IModelAdmin, served by the generic pages ———

    public IModelAdminPages Pages => pages.Value;

    public ModelInfo Info(AdminUser user) => new(Slug, VerboseName, VerboseNamePlural, Permissions(user), Key is not null);

    public AdminPermissions Permissions(AdminUser user) =>
        HasViewPermission(user) || HasChangePermission(user)
            ? new(true, HasAddPermission(user), HasChangePermission(user), Key is not null && HasDeletePermission(user))
            : AdminPermissions.None;

    public Type ModelType => typeof(T);

    /// <summary>The built-in <c>delete_selected</c>, first in the menu as in Django.</summary>
    public AdminAction<T> DeleteSelected => new("delete_selected", $"Delete selected {VerboseNamePlural}", "deleted",
        (request, rows) => DeleteQuerysetAsync(request, rows))
    {
        LogAs = LogAction.Deletion,
        Allowed = (permissions, _) => permissions.Delete,
    };

    private static Expression<Func<T, int>>? DefaultKey { get; } =
        typeof(T).GetProperty("Id") is { PropertyType: var type } && type == typeof(int)
            ? Lambdas.Member<T, T, int>(x => x, "Id")
            : null;

    /// <summary>A setter for <c>x => x.Property</c>; null for a value that is computed.</summary>
    private static Action<T, TValue>? Setter<TValue>(Expression<Func<T, TValue>> value)
    {
        if (value.Body is not MemberExpression { Member: System.Reflection.PropertyInfo { CanWrite: true } property } member
            || member.Expression != value.Parameters[0]) return null;
        return (model, typed) => property.SetValue(model, typed);
    }
}
