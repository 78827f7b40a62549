namespace Blog.ContractTests.Harness;

/// <summary>The database an in-process host is started on.</summary>
public enum DatabaseKind
{
    Sqlite,
    Postgres,
}
