using System.Net;
using System.Net.Sockets;

namespace PartnerTracker.Application.Features.ArticleAssistant.Fetching;

/// <summary>Which addresses a fetch may connect to: public unicast only, unless configured otherwise.</summary>
public static class PublicAddresses
{
    private static readonly (IPAddress Network, int Bits)[] Refused =
    [
        (IPAddress.Parse("0.0.0.0"), 8), (IPAddress.Parse("10.0.0.0"), 8), (IPAddress.Parse("100.64.0.0"), 10), (IPAddress.Parse("127.0.0.0"), 8),
        (IPAddress.Parse("169.254.0.0"), 16), (IPAddress.Parse("172.16.0.0"), 12), (IPAddress.Parse("192.0.0.0"), 24), (IPAddress.Parse("192.0.2.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16), (IPAddress.Parse("198.18.0.0"), 15), (IPAddress.Parse("198.51.100.0"), 24), (IPAddress.Parse("203.0.113.0"), 24),
        (IPAddress.Parse("224.0.0.0"), 4), (IPAddress.Parse("240.0.0.0"), 4),
        (IPAddress.Parse("::"), 128), (IPAddress.Parse("::1"), 128), (IPAddress.Parse("fc00::"), 7), (IPAddress.Parse("fe80::"), 10),
        (IPAddress.Parse("fec0::"), 10), (IPAddress.Parse("ff00::"), 8), (IPAddress.Parse("2001:db8::"), 32), (IPAddress.Parse("64:ff9b:1::"), 48),
        // NAT64's well-known prefix maps every IPv4 address, the cloud metadata service included; 6to4 and the
        // deprecated IPv4-compatible range embed IPv4 addresses too.
        (IPAddress.Parse("64:ff9b::"), 96), (IPAddress.Parse("2002::"), 16), (IPAddress.Parse("::"), 96),
    ];

    /// <summary>True for a public unicast address; IPv4 written as IPv6 (::ffff:10.0.0.1) is judged as IPv4.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return !Refused.Any(r => r.Network.AddressFamily == address.AddressFamily && InNetwork(address, r.Network, r.Bits));
    }

    private static bool InNetwork(IPAddress address, IPAddress network, int bits)
    {
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        for (var i = 0; i < a.Length && bits > 0; i++, bits -= 8)
        {
            var mask = bits >= 8 ? 0xFF : (byte)(0xFF << (8 - bits));
            if ((a[i] & mask) != (n[i] & mask))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Connects as the handler would, but only after resolving the host and checking every address it has: a name
    /// that resolves to any non-public address is refused, and the connection goes to an address that was checked
    /// (so a second DNS answer cannot swap in a private one).
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowPrivate, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new FetchRefusedException($"{host} has no address.");
        }

        if (!allowPrivate && addresses.Any(a => !IsPublic(a)))
        {
            throw new FetchRefusedException($"{host} resolves to an address that is not public; the server does not fetch from its own network.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>The fetch was refused by a rule (scheme, address, size, redirects), not by the network.</summary>
public sealed class FetchRefusedException(string message) : Exception(message);
