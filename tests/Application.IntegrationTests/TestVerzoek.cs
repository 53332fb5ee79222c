using PassendOnderwijs.Application.Common.Abstractions;

namespace PassendOnderwijs.Application.IntegrationTests;

/// <summary>The request context of use cases run outside HTTP in these tests.</summary>
public sealed class TestVerzoek : IVerzoekContext
{
    public string? Herkomst { get; set; } = "192.0.2.10";

    public string? TraceId { get; set; } = "test-trace";
}
