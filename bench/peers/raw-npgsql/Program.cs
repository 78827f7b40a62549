using Npgsql;
using RawNpgsql;

// The framework's cost made visible: each answer is one SQL statement, read row by row into a Utf8JsonWriter.
// No auth, no rate limit, no ETag, no OpenTelemetry; the same JSON as the hosts' v1 list and post.
var builder = WebApplication.CreateSlimBuilder(args);
var connection = builder.Configuration.GetConnectionString("Blog")
    ?? throw new InvalidOperationException("ConnectionStrings:Blog must name the bench's PostgreSQL database.");
var database = new NpgsqlDataSourceBuilder(connection);
// Its statements prepared once per connection, and no reset when a connection goes back to the pool: no statement
// here changes the session's state.
database.ConnectionStringBuilder.MaxAutoPrepare = 4;
database.ConnectionStringBuilder.NoResetOnClose = true;
builder.Services.AddSingleton(database.Build());
builder.Services.AddSingleton<PostReader>();

var app = builder.Build();
app.MapGet("/posts", (string? limit, PostReader posts, HttpResponse response, CancellationToken cancellationToken) =>
    limit is null ? posts.WritePageAsync(20, response, cancellationToken)
    : int.TryParse(limit, out var size) && size is >= 1 and <= 100 ? posts.WritePageAsync(size, response, cancellationToken)
    : Answers.BadRequestAsync(response, "limit must be an integer from 1 to 100."));
app.MapGet("/posts/{id:int}", (int id, PostReader posts, HttpResponse response, CancellationToken cancellationToken) =>
    posts.WritePostAsync(id, response, cancellationToken));
app.Run();
