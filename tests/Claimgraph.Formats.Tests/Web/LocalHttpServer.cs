using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Claimgraph.Formats.Tests.Web;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 (a free port) for fetch tests: each request is
/// answered by the handler (status, headers, body, delay) and the connection closed. Stops when
/// disposed; never listens on another address.
/// </summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<string, int, Reply> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, int> _counts = new();

    public LocalHttpServer(Func<string, int, Reply> handler)
    {
        _handler = handler;
        _listener.Start();
        _ = Task.Run(AcceptLoop);
    }

    public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public ConcurrentQueue<string> UserAgents { get; } = new();

    public int Requests(string path) => _counts.GetValueOrDefault(path);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
                var requestLine = await reader.ReadLineAsync(_stop.Token) ?? "";
                string? line;
                while (!string.IsNullOrEmpty(line = await reader.ReadLineAsync(_stop.Token)))
                {
                    if (line.StartsWith("User-Agent:", StringComparison.OrdinalIgnoreCase))
                    {
                        UserAgents.Enqueue(line["User-Agent:".Length..].Trim());
                    }
                }

                var path = requestLine.Split(' ').ElementAtOrDefault(1) ?? "/";
                var number = _counts.AddOrUpdate(path, 1, (_, n) => n + 1);
                var reply = _handler(path, number);
                if (reply.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(reply.Delay, _stop.Token);
                }

                var head = $"HTTP/1.1 {reply.Status} {(reply.Status == 200 ? "OK" : "Error")}\r\nContent-Type: {reply.ContentType}\r\nContent-Length: {reply.Body.Length}\r\nConnection: close\r\n{reply.ExtraHeaders}\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
                await stream.WriteAsync(reply.Body, _stop.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // the client went away or the server stops
            }
        }
    }

    public sealed record Reply(int Status, string ContentType, byte[] Body, TimeSpan Delay = default, string ExtraHeaders = "");
}
