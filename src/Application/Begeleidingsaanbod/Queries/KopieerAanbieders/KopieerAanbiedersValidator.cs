using FluentValidation;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.KopieerAanbieders;

public sealed class KopieerAanbiedersValidator : AbstractValidator<KopieerAanbiedersQuery>
{
    public KopieerAanbiedersValidator()
    {
        Include(new AanbiederZoekvraagRegels());
        RuleFor(q => q.Cursor).Null().WithErrorCode("niet-bij-volledige-kopie")
            .WithMessage("Als application/x-ndjson komt de hele selectie in één antwoord: laat cursor weg.");
        RuleFor(q => q.PageSize).Null().WithErrorCode("niet-bij-volledige-kopie")
            .WithMessage("Als application/x-ndjson komt de hele selectie in één antwoord: laat pageSize weg.");
    }
}
