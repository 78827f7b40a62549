namespace Blog.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
