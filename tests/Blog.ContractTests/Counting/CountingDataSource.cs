using System.Data.Common;

namespace Blog.ContractTests.Counting;

/// <summary>A host's <see cref="DbDataSource"/> whose connections count every command they execute.</summary>
public sealed class CountingDataSource(DbDataSource inner, StatementCounter counter) : DbDataSource
{
    public override string ConnectionString => inner.ConnectionString;

    protected override DbConnection CreateDbConnection() => new CountingConnection(inner.CreateConnection(), counter);

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
