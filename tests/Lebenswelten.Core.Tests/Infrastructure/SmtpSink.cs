using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Lebenswelten.Core.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on a loopback port for one test: aiosmtpd (Debian package python3-aiosmtpd, installed by
/// scripts/install-smtp-sink.sh) writing every accepted mail into a Maildir that the test reads back.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    // The Debian interpreter, not whatever python3 comes first on PATH (pyenv and the like lack the apt module).
    private const string Python = "/usr/bin/python3";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly string _folder;
    private readonly List<string> _output = [];

    private SmtpSink(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public string Host => "127.0.0.1";
    public int Port { get; }

    /// <summary>Starts the server on the given port, or on a free one.</summary>
    public static async Task<SmtpSink> StartAsync(int? port = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"lw-smtp-{Guid.NewGuid():N}");
        // Python's Maildir only creates its sub-folders for a folder that does not exist yet.
        foreach (var sub in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(folder, sub));
        }
        var chosen = port ?? FreePort();
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{chosen}", "-c", "aiosmtpd.handlers.Mailbox", folder },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{Python} did not start.");
        var sink = new SmtpSink(process, folder, chosen);
        process.OutputDataReceived += (_, e) => sink.Record(e.Data);
        process.ErrorDataReceived += (_, e) => sink.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await sink.WaitUntilListeningAsync();
        }
        catch
        {
            await sink.DisposeAsync();
            throw;
        }
        return sink;
    }

    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Every mail received so far.</summary>
    public async Task<IReadOnlyList<MimeMessage>> ReceivedAsync()
    {
        var files = new[] { "new", "cur" }.SelectMany(sub => Directory.GetFiles(Path.Combine(_folder, sub))).Order();
        var messages = new List<MimeMessage>();
        foreach (var file in files)
        {
            messages.Add(await MimeMessage.LoadAsync(file));
        }
        return messages;
    }

    /// <summary>The matching mails once at least <paramref name="count"/> have arrived (10 s unless told).</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(
        Func<MimeMessage, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var matching = (await ReceivedAsync()).Where(match).ToList();
            if (matching.Count >= count)
            {
                return matching;
            }
            if (deadline.Elapsed > (timeout ?? TimeSpan.FromSeconds(10)))
            {
                throw new TimeoutException($"Expected {count} matching mails, got {matching.Count}.");
            }
            await Task.Delay(100);
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"aiosmtpd exited with {_process.ExitCode} (scripts/install-smtp-sink.sh installs it): {Output()}");
            }
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new TimeoutException($"aiosmtpd did not listen on port {Port} within {StartTimeout}: {Output()}");
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return string.Join('\n', _output);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
