namespace Blog.ContractTests.Counting;

/// <summary>
/// The SQL statements a host under test has sent, so that a spec can prove a page costs a fixed number of them. A
/// command may carry several statements in one round trip (a count batched with its page, EF Core's batched
/// writes): each counts. The hosts' SQL has no literal text, so a ';' only ever separates statements.
/// </summary>
public sealed class StatementCounter
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> texts = new();
    private int count;

    public int Count => Volatile.Read(ref count);

    /// <summary>The text of every command since the last <see cref="Reset"/>.</summary>
    public IReadOnlyCollection<string> Texts => texts;

    public void Record(string commandText)
    {
        texts.Enqueue(commandText);
        Interlocked.Add(ref count, Math.Max(1, commandText.Split(';').Count(statement => !string.IsNullOrWhiteSpace(statement))));
    }

    public void Reset()
    {
        texts.Clear();
        Interlocked.Exchange(ref count, 0);
    }
}
