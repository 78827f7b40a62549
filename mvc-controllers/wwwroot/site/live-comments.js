// The post page's live comments (≈ a Channels consumer's JavaScript side): joins the post on the hub /hubs/posts
// with the vendored @microsoft/signalr client and shows each new comment and removes each deleted one, without a
// reload. An external file, because the Content-Security-Policy allows no inline script.
"use strict";
(() => {
    const section = document.getElementById("comments");
    if (!section || !window.signalR) return;
    const postId = Number(section.dataset.postId);
    const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"];
    const two = n => String(n).padStart(2, "0");
    // As the server writes it: d MMMM yyyy HH:mm, in UTC.
    const when = text => {
        const d = new Date(text);
        return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
    };
    const paragraph = (className, text) => {
        const p = document.createElement("p");
        p.className = className;
        p.textContent = text;
        return p;
    };
    const recount = () => {
        const count = section.querySelectorAll(".comment").length;
        section.querySelector("h2").textContent = `${count} comment${count === 1 ? "" : "s"}`;
    };

    // WebSockets straight away, without the negotiate step: behind a proxy balancing over several instances without
    // sticky sessions, a negotiate and the connection it names could reach different instances.
    const connection = new signalR.HubConnectionBuilder()
        .withUrl(section.dataset.hub, { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
        .withAutomaticReconnect().build();
    connection.on("commentCreated", comment => {
        if (document.getElementById(`comment-${comment.id}`)) return;
        const div = document.createElement("div");
        div.className = "comment";
        div.id = `comment-${comment.id}`;
        div.append(paragraph("meta", `${comment.author.username} · ${when(comment.created_at)}`),
            paragraph("comment-content", comment.content));
        const last = [...section.querySelectorAll(".comment")].pop();
        if (last) last.after(div); else section.querySelector("h2").after(div);
        recount();
    });
    connection.on("commentDeleted", deleted => {
        document.getElementById(`comment-${deleted.id}`)?.remove();
        recount();
    });
    const join = () => connection.invoke("JoinPost", postId).then(() => { section.dataset.live = "joined"; });
    connection.onreconnecting(() => { delete section.dataset.live; });
    connection.onreconnected(join);
    connection.start().then(join).catch(error => console.warn("Live comments are off:", error));
})();
