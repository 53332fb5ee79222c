namespace PassendOnderwijs.Domain.Matching;

/// <summary>
/// The ranked settings for one pupil, lightest first, each explained per IVO field. This is advice only: it decides
/// nothing about the pupil (AVG art. 22 forbids a decision based solely on automated processing). The people of the
/// school and the samenwerkingsverband weigh it with the parents and decide; the explanation is there so they can
/// see why a setting is suggested and disagree with it.
/// </summary>
public sealed record Settingadvies(DateOnly Peildatum, IReadOnlyList<Settingkandidaat> Kandidaten, IReadOnlyList<string> Opmerkingen);
