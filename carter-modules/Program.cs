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
using Blog.Hosting.OpenApi;
using Blog.Hosting.Pipeline;
using Blog.Hosting.Problems;
using Blog.Hosting.RateLimiting;
using Blog.Hosting.Versioning;
using Carter;
using CarterModules.Data;
using CarterModules.Middleware;
using CarterModules.Observability;
using CarterModules.Validation;

ConfigurationErrors.ExitWithOneLine();

// The content root (appsettings.json, wwwroot) is the host's own directory, wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.Services.AddDapperData(builder.Configuration, builder.Environment);
builder.Services.ConfigureHttpJsonOptions(json => BlogJson.Configure(json.SerializerOptions));
builder.Services.AddBlogProblemDetails(BlogProblems.Customize);
// Body binding errors are thrown, so that the error middleware answers them like every other failure.
builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
builder.Services.AddMediator((Mediator.MediatorOptions options) => options.ServiceLifetime = ServiceLifetime.Scoped);
// The modules, and the FluentValidation validators that the routes' Validate<T>() filters find.
builder.Services.AddCarter();
builder.Services.AddBlogBearer().AddBlogApiKeys();
builder.Services.AddAuthorization();
builder.Services.AddBlogRateLimiting(builder.Configuration);
builder.Services.AddBlogCache(builder.Configuration);
builder.Services.AddBlogCors(builder.Configuration);
builder.Services.AddBlogResponseHeaders();
builder.Services.AddBlogVersioning();
builder.Services.AddBlogSwagger("Blog API — Carter modules (Express style)");
builder.Services.AddSingleton<IBodyValidation, ValidatorBodyValidation>();
builder.Logging.AddBlogConsole(builder.Environment);
builder.Services.AddTelemetry(builder.Configuration, builder.Environment);
builder.Services.AddBlogResponseCompression();
builder.Services.AddScoped<IIdempotencyStore, IdempotencyKeys>();
// The hub's server side (≈ socket.io's `new Server(httpServer)`); its router is Modules/LiveModule.cs.
builder.Services.AddBlogLive(builder.Configuration).AddScoped<ILiveData, LiveData>();
builder.Services.AddBlogJobs(builder.Configuration);
builder.Services.AddBlogHealthChecks().AddCheck<DataSourceHealthCheck>("database", tags: [BlogHealth.Ready]);

// Disposed on every way out, so that the log of a start-up that gives up is written before the process ends.
await using var app = builder.Build();

// The middleware chain, in order, like a list of app.use(...) lines.
app.UseBlogForwardedHeaders(app.Configuration);
app.UseRequestId();
app.UseRequestLogging();
app.UseBlogResponseHeaders();    // helmet()
app.UseBlogCors();               // cors()
app.UseBlogResponseCompression(); // compression()
app.UseNoStoreByDefault();
app.UseErrorHandling();
app.UseStatusCodePages();
app.UseRequestBodyLimit();
app.UseUtf8JsonOnly();
app.UseTrailingSlashInsensitiveRoutes();
app.UseBlogSwagger();
app.UseRouting();
app.UseSupportedVersionsOnEveryAnswer();
app.UseAuthentication();
app.UseRejectInvalidBearer();
app.UseAuthorization();
app.UseRateLimiter();            // rateLimit(): the policies are on the routers, per user after authentication
app.UseIdempotencyKeys();
app.UseEntityTags();

// The routers, like app.use('/posts', postsRouter).
app.MapCarter();
app.MapBlogMetrics();

// Once the pipeline is built, so that every setting it reads is checked before the database is touched.
if (!await app.Services.TryMigrateBlogDatabaseAsync()) return 1;

app.Run();
return 0;

public partial class Program;
