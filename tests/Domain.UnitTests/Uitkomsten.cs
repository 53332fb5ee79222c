using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.UnitTests;

/// <summary>Reading outcomes in tests: the problems as "veld: code", and the value of a step that must succeed.</summary>
internal static class Uitkomsten
{
    public static string Codes(this IUitkomst uitkomst) => string.Join(", ", uitkomst.Fouten.Select(f => $"{f.Veld}: {f.Code}"));

    public static T Gelukt<T>(Result<T> uitkomst) =>
        uitkomst.IsGelukt ? uitkomst.Waarde : throw new InvalidOperationException($"Test setup failed: {uitkomst.Codes()}");
}
