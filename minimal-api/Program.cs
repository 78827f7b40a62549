using Blog.Data;
using Blog.Hosting;
using Blog.Hosting.Auth;
using Blog.Hosting.Caching;
using Blog.Hosting.Compression;
using Blog.Hosting.Conditional;
using Blog.Hosting.Cors;
using Blog.Hosting.Headers;
using Blog.Hosting.Health;
using Blog.Hosting.Idempotency;
using Blog.Hosting.Jobs;
using Blog.Hosting.Json;
using Blog.Hosting.Live;
using Blog.Hosting.Observability;
using Blog.Hosting.Pipeline;
using Blog.Hosting.Problems;
using Blog.Hosting.RateLimiting;
using Blog.Hosting.Versioning;
using MinimalApi.Background;
using MinimalApi.Errors;
using MinimalApi.Observability;
using MinimalApi.Routers;

ConfigurationErrors.ExitWithOneLine();

// The content root (appsettings.json, wwwroot) is the host's own directory, wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.Services.AddBlogData(builder.Configuration, builder.Environment);
builder.Services.ConfigureHttpJsonOptions(json => BlogJson.Configure(json.SerializerOptions));
builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
builder.Services.AddValidation();
builder.Services.AddBlogProblemDetails(UnprocessableValidation.Customize);
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.AddBlogBearer().AddBlogApiKeys();
builder.Services.AddAuthorization();
builder.Services.AddBlogRateLimiting(builder.Configuration);
builder.Services.AddBlogCache(builder.Configuration);
builder.Services.AddBlogCors(builder.Configuration);
builder.Services.AddBlogResponseHeaders();
builder.Services.AddBlogVersioning();
builder.Services.AddBlogSwagger("Blog API — minimal APIs (FastAPI style)");
builder.Services.AddBlogJobs(builder.Configuration);
builder.Services.AddSingleton<TokenSweepQueue>();
builder.Services.AddHostedService<TokenSweeper>();
builder.Logging.AddBlogConsole(builder.Environment);
builder.Services.AddTelemetry(builder.Configuration, builder.Environment);
builder.Services.AddBlogResponseCompression();
builder.Services.AddScoped<IIdempotencyStore, EfIdempotencyStore>();
builder.Services.AddBlogLive(builder.Configuration).AddScoped<ILiveData, EfLiveData>();
builder.Services.AddBlogHealthChecks().AddDbContextCheck<BlogDbContext>(tags: [BlogHealth.Ready]);

// Disposed on every way out, so that the log of a start-up that gives up is written before the process ends.
await using var app = builder.Build();

app.UseBlogForwardedHeaders(app.Configuration);
app.UseRequestLog();
app.UseBlogResponseHeaders();
app.UseBlogCors();
app.UseBlogResponseCompression();
app.UseNoStoreByDefault();
// After the request log, so that the probes answered straight from routing (/health, /metrics) are logged too.
app.UseRouting();
app.UseSupportedVersionsOnEveryAnswer();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestBodyLimit();
app.UseUtf8JsonOnly();
app.UseTrailingSlashInsensitiveRoutes();
app.UseBlogSwagger();
app.UseAuthentication();
app.UseRejectInvalidBearer();
app.UseAuthorization();
// After authentication: Writes counts per user. The policies are on the route groups (RequireRateLimiting).
app.UseRateLimiter();
app.UseIdempotencyKeys();

app.MapAuth();
app.MapUsers();
app.MapApiKeys();
app.MapPosts();
app.MapComments();
app.MapNotifications();
app.MapTags();
// The WebSocket side of the API (≈ FastAPI's @app.websocket): the SignalR hub of live comments.
app.MapPostsHub();
app.MapHealth();
app.MapBlogMetrics();

// Once the pipeline is built, so that every setting it reads is checked before the database is touched.
if (!await app.Services.TryMigrateBlogDatabaseAsync()) return 1;

app.Run();
return 0;
