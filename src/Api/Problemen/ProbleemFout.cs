namespace PassendOnderwijs.Api.Problemen;

/// <summary>
/// One item of a problem's "errors" list (RFC 9457 §3 style): a body field is named by a JSON pointer, a query or
/// path parameter by its name.
/// </summary>
internal sealed record ProbleemFout(string Code, string Detail, string? Pointer, string? Parameter);
