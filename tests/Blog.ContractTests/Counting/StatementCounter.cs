namespace Blog.ContractTests.Counting;

/// <summary>
/// The SQL statements a host under test has sent, so that a spec can prove a page costs a fixed number of them. A
/// command may carry several statements in one round trip (a count batched with its page, EF Core's batched
/// writes): each counts. The hosts' SQL has no literal text, so a ';' only ever separates statements.
/// </summary>
public sealed class StatementCounter
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Record(string commandText) =>
        Interlocked.Add(ref count, Math.Max(1, commandText.Split(';').Count(statement => !string.IsNullOrWhiteSpace(statement))));

    public void Reset() => Interlocked.Exchange(ref count, 0);
}
