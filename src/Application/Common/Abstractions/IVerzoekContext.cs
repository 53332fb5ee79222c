namespace PassendOnderwijs.Application.Common.Abstractions;

/// <summary>Where the current request comes from, for the audit log.</summary>
public interface IVerzoekContext
{
    /// <summary>The client's IP address.</summary>
    string? Herkomst { get; }

    string? TraceId { get; }
}
