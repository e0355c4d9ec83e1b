namespace Portal.Calendar.Contracts;

/// <summary>How an exception day departs from the ordinary week (Monday–Friday working, weekend off).</summary>
public enum CalendarDayKind
{
    /// <summary>A public holiday (法定节假日 or a day of its bridged break): no work even on a weekday.</summary>
    Holiday = 1,

    /// <summary>A make-up working day (调休上班): a Saturday or Sunday on which offices work.</summary>
    MakeUpWorkingDay = 2,
}
