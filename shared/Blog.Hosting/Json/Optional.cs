namespace Blog.Hosting.Json;

/// <summary>
/// A PATCH field: absent (not set), or set — possibly to null. Absent fields are left alone; an explicit null
/// is a value the caller sent, and the rules refuse it.
/// </summary>
public readonly record struct Optional<T>(bool IsSet, T? Value)
{
    public static implicit operator Optional<T>(T? value) => new(true, value);

    public T? Or(T? current) => IsSet ? Value : current;
}
