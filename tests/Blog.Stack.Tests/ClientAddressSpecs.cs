using System.Globalization;
using System.Net.Sockets;

namespace Blog.Stack.Tests;

/// <summary>
/// The rate limits' client address behind the proxy (docs/contract.md, "Rate limits"): the one nginx forwards, believed
/// only from the proxy's own address. Clients of their own loopback addresses (127.x.y.z, all on lo) stand for
/// different machines; every address starts a fresh AnonymousReads window.
/// </summary>
public sealed class ClientAddressSpecs(StackFixture stack)
{
    [Theory]
    [MemberData(nameof(StackHosts.Names), MemberType = typeof(StackHosts))]
    public async Task Clients_at_two_addresses_behind_the_proxy_get_windows_of_their_own(string host)
    {
        // Requests of 127.0.0.1 on both instances first: were the proxy's address the key, no window would be fresh below.
        using (var local = From(IPAddress.Loopback, stack.Proxy.BaseAddress))
        {
            for (var i = 0; i < 2 * StackFixture.InstancesPerHost; i++)
            {
                using var warm = await local.GetAsync(StackFixture.PrefixOf(host) + "/posts", TestContext.Current.CancellationToken);
                await warm.ExpectStatusAsync(HttpStatusCode.OK);
            }
        }

        foreach (var address in new[] { NewLoopbackAddress(), NewLoopbackAddress() })
        {
            using var client = From(address, stack.Proxy.BaseAddress);
            using var response = await client.GetAsync(StackFixture.PrefixOf(host) + "/posts", TestContext.Current.CancellationToken);
            await response.ExpectStatusAsync(HttpStatusCode.OK);
            // A fresh window: not the proxy's own address, which every proxied request would share.
            Assert.Equal(Remaining(response) + 1, Limit(response));
        }
    }

    [Theory]
    [MemberData(nameof(StackHosts.Names), MemberType = typeof(StackHosts))]
    public async Task A_forged_forwarded_address_sent_directly_to_an_instance_does_not_escape_its_own_window(string host)
    {
        using var client = From(IPAddress.Loopback, stack.Instance(host, 0).BaseAddress);
        using var first = await client.GetAsync("/posts", TestContext.Current.CancellationToken);
        await first.ExpectStatusAsync(HttpStatusCode.OK);

        using var forged = new HttpRequestMessage(HttpMethod.Get, "/posts");
        forged.Headers.Add("X-Forwarded-For", NewLoopbackAddress().ToString());
        using var second = await client.SendAsync(forged, TestContext.Current.CancellationToken);
        await second.ExpectStatusAsync(HttpStatusCode.OK);
        Assert.True(Remaining(second) < Remaining(first), $"The forged address got a window of its own: {Remaining(first)}, then {Remaining(second)} left.");
    }

    private static IPAddress NewLoopbackAddress()
    {
        var bytes = Guid.NewGuid().ToByteArray();
        // 127.0.0.1 is the direct clients', 127.0.0.2 the proxy's.
        return new IPAddress([127, bytes[0], bytes[1], (byte)Math.Max((int)bytes[2], 3)]);
    }

    /// <summary>A client whose connections leave from <paramref name="address"/>.</summary>
    private static HttpClient From(IPAddress address, Uri baseAddress) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(address, 0));
                await socket.ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    private static int Limit(HttpResponseMessage response) => Header(response, "RateLimit-Limit");

    private static int Remaining(HttpResponseMessage response) => Header(response, "RateLimit-Remaining");

    private static int Header(HttpResponseMessage response, string name) =>
        int.Parse(Assert.Single(response.Headers.GetValues(name)), NumberStyles.None, CultureInfo.InvariantCulture);
}
