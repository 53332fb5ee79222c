using FluentValidation;

namespace PassendOnderwijs.Application.Common.Synctokens;

/// <summary>A change feed's <c>token</c> parameter: one rule and one message for every feed.</summary>
public static class Wijzigingentoken
{
    public static IRuleBuilderOptions<T, string?> MoetWijzigingenTokenZijn<T>(this IRuleBuilder<T, string?> regel) =>
        regel.NotEmpty().WithErrorCode("token-vereist").WithMessage("Geef het token van uw vorige synchronisatie mee (wijzigingenToken).");
}
