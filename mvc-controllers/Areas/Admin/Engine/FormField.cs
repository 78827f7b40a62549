using System.Linq.Expressions;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>
/// A field of a model admin's form (≈ a Django form field made from a model field): its name in the form and the
/// query string, its label and widget, how it is read from the object (a LINQ expression, so that the form's initial
/// values are one SELECT), checked (a shared field rule) and written back. Made by the <see cref="ModelAdmin{T}"/>
/// helpers <c>Text</c>, <c>Choice</c>, <c>Checkbox</c>, <c>Password</c>, <c>Display</c> and <c>Field</c>.
/// </summary>
public abstract class FormField<T>(string name, string label)
{
    public string Name => name;
    public string Label => label;
    public Widget Widget { get; init; } = Widget.Text;
    public string? Help { get; init; }
    public bool Required { get; init; }
    public int? MaxLength { get; init; }
    public IReadOnlyList<(string Value, string Label)> Choices { get; init; } = [];

    /// <summary>The value's expression, for the form's initial values; null for a field that is only typed (a password).</summary>
    public abstract LambdaExpression? Read { get; }

    /// <summary>Whether the field is typed in at all; one that is not is shown read-only.</summary>
    public abstract bool Editable { get; }

    /// <summary>Whether the engine sets the typed value on the object (a password is typed, but only a save hook uses it).</summary>
    public abstract bool Writes { get; }

    /// <summary>The value as the form shows it.</summary>
    public abstract string? Format(object? value);

    /// <summary>The error of a typed value, or null when it may be saved.</summary>
    public abstract string? Validate(string? typed);

    /// <summary>Sets the typed (and validated) value on the object.</summary>
    public abstract void Write(T model, string? typed);
}

/// <summary>A form field over a value of type <typeparamref name="TValue"/>: text, a choice, a flag, a list.</summary>
public sealed class FormField<T, TValue>(string name, string label, Expression<Func<T, TValue>>? read) : FormField<T>(name, label)
{
    public Func<TValue, string?> ToText { get; init; } = value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
    public Func<string?, TValue>? Parse { get; init; }
    public Func<string?, string?> Rule { get; init; } = _ => null;
    public Action<T, TValue>? Setter { get; init; }

    public override LambdaExpression? Read => read;

    public override bool Editable => Parse is not null || read is null;

    public override bool Writes => Setter is not null && Parse is not null;

    public override string? Format(object? value) => value is TValue typed ? ToText(typed) : null;

    public override string? Validate(string? typed) => Rule(typed);

    public override void Write(T model, string? typed)
    {
        if (Setter is null || Parse is null) throw new InvalidOperationException($"The field {Name} is read-only.");
        Setter(model, Parse(typed));
    }
}
