using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>
/// Which message (command or query) an endpoint sends, by the convention every endpoint follows: its operationId is the
/// message's name in camelCase without "Command" or "Query" (vraagArrangementAan sends VraagArrangementAanCommand). The
/// contract reads who may call an operation from that message's access rule, the same one the pipeline enforces, so
/// the two cannot drift apart; a secured operation without such a message fails the contract generation.
/// </summary>
internal static class ContractBerichten
{
    private static readonly Dictionary<string, Type> Berichten = typeof(ToegangAttribute).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IMessage).IsAssignableFrom(t))
        .Where(t => t.Name.EndsWith("Command", StringComparison.Ordinal) || t.Name.EndsWith("Query", StringComparison.Ordinal))
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static Type? Zoek(string? operationId)
    {
        if (string.IsNullOrEmpty(operationId))
        {
            return null;
        }

        var naam = char.ToUpperInvariant(operationId[0]) + operationId[1..];
        return Berichten.GetValueOrDefault(naam + "Command") ?? Berichten.GetValueOrDefault(naam + "Query");
    }
}
