using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Network.Documents;

/// <summary>
/// Where the network's documents go and how big they may be (<c>Network:Documents</c>). The size limit holds for the
/// upload endpoints only; every other request keeps the app's 1 MB body limit.
/// </summary>
public sealed class DocumentOptions
{
    public const string Section = "Network:Documents";

    /// <summary>The largest file accepted, in bytes (default 20 MB).</summary>
    public long MaxBytes { get; set; } = 20_000_000;

    /// <summary>Database (default: backed up with everything else) or Folder (<see cref="Folder"/>).</summary>
    public DocumentStorage Storage { get; set; } = DocumentStorage.Database;

    /// <summary>The folder for <see cref="DocumentStorage.Folder"/>: outside the web root, writable by the app only.</summary>
    public string? Folder { get; set; }

    /// <summary>The request body an upload may send: the file and the form around it.</summary>
    public long RequestLimit => MaxBytes + 64 * 1024;
}

internal sealed class DocumentOptionsValidation : IValidateOptions<DocumentOptions>
{
    public ValidateOptionsResult Validate(string? name, DocumentOptions options) =>
        options.MaxBytes is < 1024 or > 500_000_000
            ? ValidateOptionsResult.Fail("Network:Documents:MaxBytes must be between 1 KB and 500 MB.")
        : options.Storage == DocumentStorage.Folder && string.IsNullOrWhiteSpace(options.Folder)
            ? ValidateOptionsResult.Fail("Network:Documents:Storage is Folder, so Network:Documents:Folder must name the folder.")
        : !Enum.IsDefined(options.Storage)
            ? ValidateOptionsResult.Fail("Network:Documents:Storage must be Database or Folder.")
        : ValidateOptionsResult.Success;
}
