namespace Lebenswelten.Web.Hosting;

/// <summary>
/// The app will not run in this state (a demo door on a server). Program.cs prints the message, which says why and
/// how to fix it, and exits with code 1 instead of a crash with a stack trace.
/// </summary>
public sealed class StartRefusedException(string message) : InvalidOperationException(message);
