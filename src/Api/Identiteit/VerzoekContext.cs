using PassendOnderwijs.Application.Common.Abstractions;

namespace PassendOnderwijs.Api.Identiteit;

internal sealed class VerzoekContext(IHttpContextAccessor http) : IVerzoekContext
{
    public string? Herkomst => http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    /// <summary>The same id as a problem's traceId, so an audit record leads to the log lines and the trace.</summary>
    public string? TraceId => Telemetrie.Spoor.Id(http.HttpContext) is { Length: > 0 } id ? id : null;
}
