namespace Blog.ContractTests.Counting;

/// <summary>The SQL statements a host under test has sent, so that a spec can prove a page costs a fixed number of them.</summary>
public sealed class StatementCounter
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Increment() => Interlocked.Increment(ref count);

    public void Reset() => Interlocked.Exchange(ref count, 0);
}
