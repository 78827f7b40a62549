using System.Diagnostics;
using System.Net.Sockets;
using Npgsql;
using Testcontainers.PostgreSql;

namespace Blog.ContractTests.Harness;

/// <summary>
/// The PostgreSQL server of this test process, started lazily once and shared by every fixture, each of
/// which gets its own fresh database. Sources, in order: the <c>BLOG_TEST_POSTGRES</c> connection string;
/// a throwaway cluster made with the PostgreSQL server binaries (initdb/pg_ctl from PATH, else from the newest
/// <c>/usr/lib/postgresql/&lt;version&gt;/bin</c> where Debian and Ubuntu install them; through
/// <c>runuser -u postgres</c> when running as root); a Testcontainers container when a Docker engine
/// answers. With none of them the run fails with a message saying how to provide one; it never skips.
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "BLOG_TEST_POSTGRES";

    private static readonly Lazy<Task<Server>> Instance = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates an empty database <c>blog_test_&lt;guid&gt;</c> and returns a connection string to it.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = await Instance.Value;
        var name = "blog_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server.AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        // Every fixture of the process shares the one server (max_connections=300): cap each database's pool so
        // that a few dozen fixtures alive at once cannot exhaust it.
        return new NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Database = name, Pooling = true, MaxPoolSize = 20 }.ConnectionString;
    }

    /// <summary>Drops the database of a connection string made by <see cref="CreateDatabaseAsync"/>.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var server = await Instance.Value;
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new ArgumentException("The connection string names no database.", nameof(connectionString));
        await using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name.Replace("\"", "\"\"")}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed record Server(string AdminConnectionString);

    private static async Task<Server> StartAsync()
    {
        var tried = new List<string>();

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            var builder = new NpgsqlConnectionStringBuilder(fromEnvironment) { Pooling = false };
            if (string.IsNullOrEmpty(builder.Database))
            {
                builder.Database = "postgres";
            }

            return new Server(builder.ConnectionString);
        }

        tried.Add($"{EnvironmentVariable} is not set");

        try
        {
            var local = await LocalCluster.TryStartAsync(tried);
            if (local is not null)
            {
                return new Server(local);
            }
        }
        catch (Exception e)
        {
            tried.Add($"a throwaway cluster made with initdb/pg_ctl failed: {e.Message}");
        }

        try
        {
            return new Server(await StartContainerAsync());
        }
        catch (Exception e)
        {
            tried.Add($"Testcontainers found no usable Docker engine: {e.GetType().Name}: {e.Message}");
        }

        throw new InvalidOperationException(
            "The contract tests on PostgreSQL need a PostgreSQL server, and none could be had. Provide one of: "
            + $"(1) set {EnvironmentVariable} to a connection string of a server where this user may CREATE DATABASE "
            + "(e.g. \"Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres\"); "
            + "(2) install the PostgreSQL server binaries: initdb and pg_ctl are looked for on PATH, then in the newest "
            + "/usr/lib/postgresql/<version>/bin, which is where Debian and Ubuntu put them (apt-get install postgresql); "
            + "(3) run a Docker engine that Testcontainers can reach. "
            + "What was tried: " + string.Join("; ", tried) + ".");
    }

    private static async Task<string> StartContainerAsync()
    {
        // As many connections as the local cluster allows: every fixture of the process shares this one server.
        var container = new PostgreSqlBuilder("postgres:15-alpine").WithCommand("-c", "max_connections=300").Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await container.StartAsync(timeout.Token);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                container.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(20));
            }
            catch
            {
                // Best effort at process exit; Testcontainers' reaper removes it otherwise.
            }
        };
        return new NpgsqlConnectionStringBuilder(container.GetConnectionString()) { Pooling = false }.ConnectionString;
    }

    /// <summary>A cluster made with initdb/pg_ctl on a temp dir and a free port, stopped and removed at process exit.</summary>
    private static class LocalCluster
    {
        public static async Task<string?> TryStartAsync(List<string> tried)
        {
            var bin = FindBinDirectory();
            if (bin is null)
            {
                tried.Add("initdb and pg_ctl are neither on PATH nor in any /usr/lib/postgresql/<version>/bin");
                return null;
            }

            var (initdb, pgCtl) = (Path.Combine(bin, "initdb"), Path.Combine(bin, "pg_ctl"));

            var asRoot = Environment.UserName == "root";
            var root = Directory.CreateTempSubdirectory("blog-pg-").FullName;
            var data = Path.Combine(root, "data");
            var sockets = Path.Combine(root, "sockets");
            var log = Path.Combine(root, "server.log");
            var started = false;
            var mayBeRunning = false;
            try
            {
                Directory.CreateDirectory(sockets);
                if (asRoot)
                {
                    // initdb refuses to run as root: the cluster belongs to the postgres account.
                    await RunAsync("chown", ["-R", "postgres:postgres", root], asUser: false);
                }

                await RunAsync(initdb, ["-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--no-locale", "-D", data], asRoot);
                for (var attempt = 1; ; attempt++)
                {
                    var port = FreePort();
                    var options = $"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
                    try
                    {
                        // From here a postmaster may be running even if pg_ctl fails (e.g. its -w wait timed out).
                        mayBeRunning = true;
                        await RunAsync(pgCtl, ["-D", data, "-l", log, "-o", options, "-w", "-t", "120", "start"], asRoot, redirect: false);
                        started = true;
                        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                        {
                            StopServer(pgCtl, data, asRoot);
                            TryDelete(root);
                        };
                        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false;Timeout=30";
                    }
                    catch (Exception) when (attempt < 3)
                    {
                        // Most likely the free port was taken in between; stop whatever this attempt may have
                        // started (the next one would find the data dir in use) and try another port.
                        StopServer(pgCtl, data, asRoot);
                        mayBeRunning = false;
                    }
                }
            }
            catch (Exception e)
            {
                var serverLog = File.Exists(log) ? File.ReadAllText(log) : "";
                throw new InvalidOperationException($"{e.Message} {serverLog}".Trim(), e);
            }
            finally
            {
                if (!started)
                {
                    // Never delete the data dir under a running postmaster: stop it first.
                    if (mayBeRunning)
                    {
                        StopServer(pgCtl, data, asRoot);
                    }

                    TryDelete(root);
                }
            }
        }

        /// <summary>Stops the cluster at <paramref name="data"/> if one runs there (best effort; "no server running" is fine).</summary>
        private static void StopServer(string pgCtl, string data, bool asRoot)
        {
            try
            {
                using var process = Process.Start(StartInfo(pgCtl, ["-D", data, "-m", "immediate", "-w", "-t", "20", "stop"], asRoot, redirect: false));
                process?.WaitForExit(25_000);
            }
            catch
            {
                // Best effort: at worst a stray postmaster outlives the run.
            }
        }

        private static void TryDelete(string path)
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch
            {
                // Best effort: a temp dir left behind is harmless.
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        /// <summary>
        /// A directory holding both initdb and pg_ctl (so that they are of one version): the first such directory on
        /// PATH, else the newest <c>/usr/lib/postgresql/&lt;version&gt;/bin</c>, where Debian's and Ubuntu's
        /// <c>postgresql</c> packages install them without putting them on PATH.
        /// </summary>
        private static string? FindBinDirectory()
        {
            static bool HasBoth(string dir) => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));

            var path = Environment.GetEnvironmentVariable("PATH") ?? "";
            var onPath = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(HasBoth);
            if (onPath is not null)
            {
                return onPath;
            }

            const string debianRoot = "/usr/lib/postgresql";
            if (!Directory.Exists(debianRoot))
            {
                return null;
            }

            return Directory.EnumerateDirectories(debianRoot)
                .Select(dir => (Bin: Path.Combine(dir, "bin"), Version: Version.TryParse(VersionText(Path.GetFileName(dir)), out var v) ? v : null))
                .Where(x => x.Version is not null && HasBoth(x.Bin))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Bin)
                .FirstOrDefault();

            // "16" is not a System.Version, "16.0" is; "9.6" stays as it is.
            static string VersionText(string name) => name.Contains('.') ? name : name + ".0";
        }

        private static ProcessStartInfo StartInfo(string file, IReadOnlyList<string> arguments, bool asUser, bool redirect)
        {
            var info = new ProcessStartInfo(asUser ? "runuser" : file)
            {
                UseShellExecute = false,
                RedirectStandardOutput = redirect,
                RedirectStandardError = redirect,
                RedirectStandardInput = false,
                WorkingDirectory = Path.GetTempPath(),
            };
            if (asUser)
            {
                foreach (var argument in new[] { "-u", "postgres", "--", file })
                {
                    info.ArgumentList.Add(argument);
                }
            }

            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            return info;
        }

        private static async Task RunAsync(string file, IReadOnlyList<string> arguments, bool asUser, bool redirect = true)
        {
            using var process = Process.Start(StartInfo(file, arguments, asUser, redirect))
                ?? throw new InvalidOperationException($"could not start {file}");
            Task<string> stdout = redirect ? process.StandardOutput.ReadToEndAsync() : Task.FromResult("");
            Task<string> stderr = redirect ? process.StandardError.ReadToEndAsync() : Task.FromResult("");
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"`{Path.GetFileName(file)} {string.Join(' ', arguments)}` exited with {process.ExitCode}: {await stdout} {await stderr}".Trim());
            }
        }
    }
}
