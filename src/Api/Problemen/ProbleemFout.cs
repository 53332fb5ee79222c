namespace PassendOnderwijs.Api.Problemen;

/// <summary>
/// One item of a problem's "errors" list (RFC 9457 §3 style): a body field is named by a JSON pointer, a query or
/// path parameter by its name, a place in an uploaded file by its row and column (a spreadsheet) or its line, position and XPath (an XML dossier).
/// </summary>
internal sealed record ProbleemFout(string Code, string Detail, string? Pointer, string? Parameter, int? Regel = null, string? Kolom = null, int? Positie = null, string? Pad = null);
