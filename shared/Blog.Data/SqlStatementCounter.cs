namespace Blog.Data;

/// <summary>Counts the SQL statements a host sends, so tests can prove a page costs a fixed number of them.</summary>
public sealed class SqlStatementCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);
}
