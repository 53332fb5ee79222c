using System.Reflection;
using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Behaviours;

/// <summary>
/// Writes an audit record for every successful run of a use case marked [Audit]. It stands inside the transaction
/// behaviour, so a change and its audit record are committed together or not at all.
/// </summary>
public sealed class AuditBehaviour<TMessage, TResponse>(
    IApplicationDbContext db,
    IHuidigeGebruiker aanroeper,
    IVerzoekContext verzoek,
    TimeProvider klok) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly AuditAttribute? Audit = typeof(TMessage).GetCustomAttribute<AuditAttribute>();

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken).ConfigureAwait(false);
        if (Audit is null || response is IUitkomst { IsGelukt: false })
        {
            return response;
        }

        var inhoud = (response as IUitkomst)?.Inhoud;
        var items = (inhoud as IAuditLijst)?.AuditItems.ToList() ?? [];
        if (items.Count > 0)
        {
            // One record per pupil on the page (a werkvoorraad can name thousands), written in one bulk copy.
            await db.SchrijfAuditRegelsAsync(items.Select(item => Regel((item.AuditResourceSoort, item.AuditResourceId), item.AuditLeerlingId, item.AuditSamenwerkingsverband, actor: null, message)).ToList(), cancellationToken)
                .ConfigureAwait(false);
            return response;
        }

        var resultaat = inhoud as IAuditResultaat;
        db.AuditRegels.Add(Regel(
            (null, (message as IAuditBron)?.AuditResourceId ?? resultaat?.AuditResourceId),
            (message as IAuditBron)?.AuditLeerlingId ?? resultaat?.AuditLeerlingId,
            (message as IAuditBron)?.AuditSamenwerkingsverband ?? resultaat?.AuditSamenwerkingsverband,
            resultaat?.AuditActor,
            message));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return response;
    }

    private AuditRegel Regel((string? Soort, string? Id) resource, Guid? leerlingId, string? samenwerkingsverband, (string Id, string Naam)? actor, TMessage message)
    {
        (string Soort, string Id, string? Naam) persoon = aanroeper.Soort == SoortAanroeper.Anoniem && actor is { } bekend
            ? ("gebruiker", bekend.Id, bekend.Naam)
            : (ActorSoort(), aanroeper.Id ?? "onbekend", aanroeper.Naam);
        return AuditRegel.Leg(
            klok.GetUtcNow(),
            samenwerkingsverband ?? aanroeper.Samenwerkingsverband,
            persoon,
            namens: null,
            Audit!.Actie,
            (resource.Soort ?? Audit.ResourceSoort, resource.Id, leerlingId),
            (message as IAuditBron)?.AuditDoel ?? Audit.Doel,
            verzoek.Herkomst,
            verzoek.TraceId);
    }

    private string ActorSoort() => aanroeper.Soort switch
    {
        SoortAanroeper.Gebruiker => "gebruiker",
        SoortAanroeper.Client => "client",
        _ => "systeem",
    };
}
