namespace PassendOnderwijs.Application.Common.Export;

/// <summary>Configuration section "Export": how large an export of a list may be.</summary>
public sealed class ExportOpties
{
    public const string Sectie = "Export";

    /// <summary>
    /// The most rows one export holds. An export is for a selection a person works with (one school, one status, one
    /// year); more than this means the filters are too wide, and the whole file would sit in memory at once.
    /// </summary>
    public int MaximumRijen { get; set; } = 50_000;
}
