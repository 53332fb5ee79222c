namespace PassendOnderwijs.Application.Common.Behaviours;

/// <summary>Turns FluentValidation's PascalCase property paths ("Expertises[0].Code") into the API's lowerCamelCase.</summary>
internal static class VeldNaam
{
    public static string AlsCamelCase(string pad) =>
        string.Join('.', pad.Split('.').Select(deel => deel.Length == 0 ? deel : char.ToLowerInvariant(deel[0]) + deel[1..]));
}
