using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>
/// Which message (command or query) an endpoint sends, by the convention every endpoint follows: its operationId is the
/// message's name in camelCase without "Command" or "Query" (vraagArrangementAan sends VraagArrangementAanCommand). The
/// contract reads who may call an operation from that message's access rule, the same one the pipeline enforces, so
/// the two cannot drift apart; a secured operation without such a message fails the contract generation. A second
/// route to the same use case (a koppeling's own abonnementen beside the beheerder's) names its message with
/// <see cref="Stuurt{TBericht}"/>.
/// </summary>
internal static class ContractBerichten
{
    private static readonly Dictionary<string, Type> Berichten = typeof(ToegangAttribute).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IMessage).IsAssignableFrom(t))
        .Where(t => t.Name.EndsWith("Command", StringComparison.Ordinal) || t.Name.EndsWith("Query", StringComparison.Ordinal))
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>This endpoint sends <typeparamref name="TBericht"/>, whatever its operationId says.</summary>
    public static RouteHandlerBuilder Stuurt<TBericht>(this RouteHandlerBuilder builder)
        where TBericht : IMessage =>
        builder.WithMetadata(new ContractBericht(typeof(TBericht)));

    public static Type? Zoek(string? operationId, IEnumerable<object> metadata)
    {
        if (metadata.OfType<ContractBericht>().SingleOrDefault() is { } genoemd)
        {
            return genoemd.Type;
        }

        if (string.IsNullOrEmpty(operationId))
        {
            return null;
        }

        var naam = char.ToUpperInvariant(operationId[0]) + operationId[1..];
        return Berichten.GetValueOrDefault(naam + "Command") ?? Berichten.GetValueOrDefault(naam + "Query");
    }
}

/// <summary>Endpoint metadata: the message this endpoint sends (see <see cref="ContractBerichten.Stuurt{TBericht}"/>).</summary>
internal sealed record ContractBericht(Type Type);
