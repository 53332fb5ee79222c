using System.Diagnostics;
using PassendOnderwijs.Application.Common.Abstractions;

namespace PassendOnderwijs.Api.Identiteit;

internal sealed class VerzoekContext(IHttpContextAccessor http) : IVerzoekContext
{
    public string? Herkomst => http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public string? TraceId => Activity.Current?.Id ?? http.HttpContext?.TraceIdentifier;
}
