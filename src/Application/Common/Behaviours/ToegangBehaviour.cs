using System.Reflection;
using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Common.Behaviours;

/// <summary>
/// The one place that decides whether the caller may send a message at all, from its <see cref="IToegangsregel"/>.
/// Runs before validation, so a caller without access learns nothing about the input rules.
/// </summary>
public sealed class ToegangBehaviour<TMessage, TResponse>(IHuidigeGebruiker aanroeper) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly IToegangsregel? Toegang = typeof(TMessage).GetCustomAttributes(false).OfType<IToegangsregel>().SingleOrDefault();
    private static readonly bool IsIntern = typeof(TMessage).GetCustomAttribute<InternAttribute>() is not null;

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (IsIntern || Toegang is { Openbaar: true })
        {
            return next(message, cancellationToken);
        }

        if (Toegang is null)
        {
            throw new InvalidOperationException($"{typeof(TMessage).Name} declares neither an access rule ([Toegang] or a lifecycle step) nor [Intern].");
        }

        if (aanroeper.Soort == SoortAanroeper.Anoniem)
        {
            return ValueTask.FromResult(Resultaat<TResponse>.MetFouten(
                [Fout.NietAangemeld("niet-aangemeld", "Meld u aan of stuur een geldig access token mee.")]));
        }

        var toegestaan = Toegang.Aangemeld
            || (aanroeper.Soort == SoortAanroeper.Gebruiker && Toegang.ToegestaneRollen.Any(r => aanroeper.Rollen.Contains(r.Code())))
            || Toegang.ToegestaneScopes.Any(s => aanroeper.Scopes.Contains(s))
            || HeeftToegestaneFunctie(Toegang, aanroeper);
        if (toegestaan)
        {
            return next(message, cancellationToken);
        }

        // A koppeling that lacks the scope hears which scopes would do, so it knows what to ask for. A person's
        // rights come from their role: no scope they could ask for would help them.
        const string melding = "Uw rol of de scopes van uw token staan dit niet toe.";
        var fout = aanroeper.Soort == SoortAanroeper.Client && Toegang.ToegestaneScopes.Count > 0
            ? Fout.OnvoldoendeScope("geen-toegang", melding, Toegang.ToegestaneScopes)
            : Fout.Verboden("geen-toegang", melding);
        return ValueTask.FromResult(Resultaat<TResponse>.MetFouten([fout]));
    }

    /// <summary>
    /// A functie counts only for a person who is a medewerker of the samenwerkingsverband now: the account gives
    /// functies to no other role, and the token's role says the same, so a functie claim alone never opens a step.
    /// </summary>
    private static bool HeeftToegestaneFunctie(IToegangsregel toegang, IHuidigeGebruiker aanroeper) =>
        toegang.ToegestaneFuncties.Count > 0
        && aanroeper.Soort == SoortAanroeper.Gebruiker
        && aanroeper.Rollen.Contains(Rol.SwvMedewerker.Code())
        && toegang.ToegestaneFuncties.Any(f => aanroeper.Functies.Contains(f.Code()));
}
