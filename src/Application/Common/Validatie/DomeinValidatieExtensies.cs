using FluentValidation;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Application.Common.Validatie;

/// <summary>Lets validators reuse the domain's own parsing, so a rule is written once and reads the same everywhere.</summary>
public static class DomeinValidatieExtensies
{
    public static IRuleBuilderOptionsConditions<T, string?> MoetLeerjaarZijn<T>(this IRuleBuilder<T, string?> regel) =>
        regel.MoetVoldoenAan(tekst => Schooljaar.Parse(tekst));

    public static IRuleBuilderOptionsConditions<T, string?> MoetVoldoenAan<T, TWaarde>(
        this IRuleBuilder<T, string?> regel,
        Func<string?, Result<TWaarde>> parse) =>
        regel.Custom((tekst, context) =>
        {
            foreach (var fout in parse(tekst).Fouten)
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(context.PropertyPath, fout.Melding)
                {
                    ErrorCode = fout.Code,
                    AttemptedValue = tekst,
                });
            }
        });
}
