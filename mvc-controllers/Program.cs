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
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Formatters;
using MvcControllers.Api;
using MvcControllers.Api.Errors;
using MvcControllers.Api.Parsers;
using MvcControllers.Api.Permissions;
using MvcControllers.Areas.Admin;
using MvcControllers.Areas.Admin.Jobs;
using MvcControllers.Areas.Site;
using MvcControllers.Commands;
using MvcControllers.Observability;
using MvcControllers.Web;

ConfigurationErrors.ExitWithOneLine();

if (await AdminCommands.RunAsync(args, Console.In, Console.Out) is { } commandExitCode) return commandExitCode;

// The content root (appsettings.json, wwwroot) is the host's own directory, wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// A build that is not published finds wwwroot through the build's manifest, in every environment (a no-op when published).
builder.WebHost.UseStaticWebAssets();
builder.Services.AddBlogData(builder.Configuration, builder.Environment);
builder.Services.ConfigureHttpJsonOptions(json => BlogJson.Configure(json.SerializerOptions));
builder.Services.AddControllersWithViews(mvc =>
    {
        mvc.Conventions.Add(new OpenApiShowsOnlyTheApi());
        mvc.InputFormatters.Add(new FormParser());
        // DRF's JSONRenderer: JSON is rendered as application/json only, whatever the Accept asks for (not text/json).
        mvc.OutputFormatters.OfType<SystemTextJsonOutputFormatter>().Single().SupportedMediaTypes.Remove("text/json");
        // A serializer's Validate runs even when a [Required] field is missing, so every broken field is reported at once.
        mvc.ValidateComplexTypesIfChildValidationFails = true;
    })
    .AddJsonOptions(json =>
    {
        BlogJson.Configure(json.JsonSerializerOptions);
        // Keep the JsonException in ModelState: its path tells a broken body (400) from a mistyped field (422).
        json.AllowInputFormatterExceptionMessages = false;
    })
    // An invalid serializer is raised instead ([IsValid]), for the one exception handler to answer.
    .ConfigureApiBehaviorOptions(api => api.SuppressModelStateInvalidFilter = true);
builder.Services.AddBlogProblemDetails(ExceptionHandler.Customize);
builder.Services.AddExceptionHandler<ExceptionHandler>();
builder.Services.AddBlogBearer().AddBlogApiKeys();
builder.Services.AddAdminSite(builder.Environment);
builder.Services.AddPublicSite(builder.Environment);
builder.Services.AddPermissions();
builder.Services.AddBlogRateLimiting(builder.Configuration);
builder.Services.AddBlogCache(builder.Configuration);
builder.Services.AddBlogCors(builder.Configuration);
builder.Services.AddBlogResponseHeaders();
builder.Services.AddBlogVersioning().AddMvc().OnlyControllersThatDeclareVersions();
builder.Services.AddBlogSwagger("Blog API — MVC controllers (Django + DRF style)");
builder.Logging.AddBlogConsole(builder.Environment);
builder.Services.AddTelemetry(builder.Configuration, builder.Environment);
builder.Services.AddBlogResponseCompression();
builder.Services.AddScoped<IIdempotencyStore, EfIdempotencyStore>();
builder.Services.AddBlogLive(builder.Configuration).AddScoped<ILiveData, EfLiveData>();
builder.Services.AddBlogJobs(builder.Configuration);
builder.Services.AddBlogHealthChecks().AddDbContextCheck<BlogDbContext>(tags: [BlogHealth.Ready]);

// Disposed on every way out, so that the log of a start-up that gives up is written before the process ends.
await using var app = builder.Build();

app.UseBlogForwardedHeaders(app.Configuration);
app.UseRequestLog();
app.UseBlogResponseHeaders();
app.UseBlogCors();
app.UseBlogResponseCompression();
// The HTML pages (the site's and the admin's controllers, areas) and their static files keep their own caching
// headers; an API answer is no-store whatever the request's Accept asked for.
app.UseNoStoreByDefault(context =>
    context.GetEndpoint()?.Metadata.GetMetadata<AreaAttribute>() is not null || context.Request.Path.StartsWithSegments("/static"));
// After the request log, so that the probes answered straight from routing (/health, /metrics) are logged too.
app.UseRouting();
app.UseSupportedVersionsOnEveryAnswer();
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestBodyLimit();
app.UseUtf8JsonOnly();
app.UseTrailingSlashInsensitiveRoutes();
app.UseBlogSwagger();
app.UseStaticFilesAtStatic();
app.UseAuthentication();
app.UseRejectInvalidBearer();
app.UseAuthorization();
// The throttles are [EnableRateLimiting] attributes on the API controllers and actions, and on the site's and the
// admin's form actions.
app.UseRateLimiter();

ShortCircuitAttribute.ApplyTo(app.MapControllers());
// The hub of live comments, routed beside the views like Channels' URLRouter beside Django's urls in asgi.py.
app.MapPostsHub();
app.MapJobsDashboard();
app.MapBlogMetrics();

// Once the pipeline is built, so that every setting it reads is checked before the database is touched.
if (!await app.Services.TryMigrateBlogDatabaseAsync()) return 1;

app.Run();
return 0;
