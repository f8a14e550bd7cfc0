package nl.wijkdossier.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Nothing to show: the thing does not exist, or it lies outside what this user may see.
 * Both look the same to the user, so existence leaks nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NietGevondenException extends RuntimeException {

	public NietGevondenException(String wat) {
		super(wat);
	}

}
