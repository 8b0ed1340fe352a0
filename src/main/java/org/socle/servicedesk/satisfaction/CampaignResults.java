package org.socle.servicedesk.satisfaction;

import java.util.List;

/**
 * A staff survey's results, anonymous: how many answered out of how many staff, the mean,
 * how many gave each rating, and the comments (without who wrote them).
 *
 * @param staff how many people (not archived) the asked establishments have today
 * @param responseRate responses per staff member (0 to 1), null without staff
 * @param mean the mean rating, null without responses
 * @param distribution how many responses gave 0, 1, ... 10 (11 numbers)
 */
public record CampaignResults(CampaignView campaign, long responses, long staff, Double responseRate, Double mean,
		List<Long> distribution, List<String> comments) {

}
