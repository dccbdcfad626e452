import{a as O,b as H,c as oe,d as ie,e as Z,f as me,g as L,h as V,i as A,j as U}from"./chunk-BMBJA7ZN.js";import"./chunk-OOJM4CTU.js";var E,xt,jn,re,Ye,Le,kt,Ie,Ct,et,Ze,Fn,xe=Symbol.for("pv"),Me={},Oe=[],Hn=/^m(i|n|o|s|text|space)$/,tt=Array.isArray,$t=Oe.slice,ue=Object.assign;function de(e){e&&e.parentNode&&e.remove()}function Ae(e,t,o,a,i){var r={type:e,props:t,key:o,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:xe,__v:i||++xt,__i:-1,__u:0};return!i&&E.vnode&&E.vnode(r),r}function z(e){return e.children}function Ne(e,t){this.props=e,this.context=t,this.__g=0}function se(e,t){if(t==null)return e.__&&se(e.__,e.__i+1);for(var o;t<e.__k.length;t++)if((o=e.__k[t])&&o.__e)return o.__e;return typeof e.type!="function"||e.props.__P?null:se(e)}function Wn(e){var t,o=e.__v,a=o.__e,i=[],r=[],l=e.__P;l&&((t=ue({constructor:xe},o)).__v=o.__v+1,E.vnode&&E.vnode(t),nt(l,t,o,e.__n,l.namespaceURI,32&o.__u?[a]:null,i,a||se(o),32&o.__u,r),t.__v=o.__v,t.__.__k[t.__i]=t,It(i,t,r),o.__=o.__e=null,t.__e!=a&&Rt(t))}function Rt(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Rt(e)}function vt(e){(8&e.__g||(e.__g|=8,re.push(e),Le++))&&Ye==E.debounceRendering||((Ye=E.debounceRendering)||queueMicrotask)(St)}function St(){try{for(var e,t=1;re.length;)re.length>t&&re.sort(kt),e=re.shift(),t=re.length,8&e.__g&&Wn(e)}finally{(Le=re.length)&&(Ye||queueMicrotask)(St)}}function Et(e,t,o,a,i,r,l,s,c,d,u){var y,w,p,h,v,f,g=a.__k||Oe,x=t.length;for(c=Gn(o,t,g,c,x),y=0;y<x;y++)(p=o.__k[y])!=null&&(w=~p.__i&&g[p.__i]||Me,p.__i=y,f=nt(e,p,w,i,r,l,s,c,d,u),h=p.__e,(w.ref!=p.ref||8&w.__u)&&(w.ref&&ot(w.ref,null,p,w),p.ref&&u.push(p.ref,p.__c||h,p)),v=v||h,4&p.__u?(c=Tt(p,c,e,!w.__v),w.__e&&(w.__e=null)):typeof p.type=="function"&&f!==void 0?c=f:h&&(c=h.nextSibling),p.__u&=-21);return o.__e=v,c}function Gn(e,t,o,a,i){var r,l,s,c,d,u,y,w,p,h=o.length,v=h,f=0,g=0,x=e.__k=Array(i);for(r=0;r<i;r++)(l=t[r])!=null&&typeof l!="boolean"&&typeof l!="function"?(typeof l!="object"||l.constructor===String?l=x[r]=Ae(null,l):tt(l)?l=x[r]=Ae(z,{children:l}):l.constructor===xe&&l.__b?l=x[r]=Ae(l.type,l.props,l.key,l.ref,l.__v):x[r]=l,c=r+f,l.__=e,l.__b=e.__b+1,s=null,~(d=l.__i=Vn(l,o,c,v))&&(v--,(s=o[d])&&(s.__u|=2)),s&&s.__v?(l.__u|=16,d==c-1?f--:d==c+1?f++:d!=c&&(d>c?f--:f++,g=1)):(~d||(i>h?f--:i<h&&f++),typeof l.type!="function"&&(l.__u|=4))):x[r]=null;if(g){for(u=[],y=[],r=0;r<i;r++)if((l=x[r])&&16&l.__u){for(f=0,w=u.length;f<w;)u[p=f+w>>1]<l.__i?f=p+1:w=p;u[f]=l.__i,y[r]=f+1}for(f=u.length;r--;)y[r]&&(y[r]==f?f--:x[r].__u|=4)}if(v)for(r=0;r<h;r++)!(s=o[r])||2&s.__u||(s.__e==a&&(a=se(s)),at(s,s));return a}function Tt(e,t,o,a){var i,r,l,s;if(typeof e.type=="function"){if(e.props.__P)return t;if(i=e.__k)for(r=0;r<i.length;r++)i[r]&&(i[r].__=e,t=Tt(i[r],t,o,!1));return t}for(t&&!t.parentNode&&(t=se(e))&&!t.parentNode&&(t=null),l=e.__e,s=t;s&&s.nodeType==8;)s=s.nextSibling;for(l!=s&&(!a&&o.moveBefore&&l.parentNode?o.moveBefore(l,t):o.insertBefore(l,t||null)),t=l;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function Vn(e,t,o,a){var i,r=e.key,l=e.type,s=t[o],c=s&&!(2&s.__u);if(s===null&&r==null||c&&r==s.key&&l==s.type)return o;if(a>(c?1:0)){for(i=o-1;i>=0;i--)if((s=t[i])&&!(2&s.__u)&&r==s.key&&l==s.type)return i;for(i=o+1;i<t.length;i++)if((s=t[i])&&!(2&s.__u)&&r==s.key&&l==s.type)return i}return-1}function wt(e,t,o){o==null&&(o=""),t[0]=="-"?e.setProperty(t,o):e[t]=o}function Pe(e,t,o,a,i){var r,l;if(t=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof a=="string"&&(e.style.cssText=a=""),a)for(t in a)o&&t in o||wt(e.style,t);if(o)for(t in o)a&&o[t]==a[t]||wt(e.style,t,o[t])}else if(t[0]=="o"&&t[1]=="n")typeof o!="function"&&(o=null),typeof a!="function"&&(a=null),(e.__e||(e.__e={}))[t]=o,o&&a||(l=Ze[t]||(Ze[t]=Kn(t)),(e.__a||(e.__a={}))[t]=et,r=t!=(t=t.replace(Ct,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),o?e.addEventListener(t,l,r):e.removeEventListener(t,l,r));else{if(i=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=o??"")}catch{}if(typeof o=="function")return;o==null||o===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&o==1?"":o)}}function Kn(e){return function(t){var o=this.__e;if(o){if(o=o[e],t[Ie]==null)t[Ie]=et++;else if(t[Ie]<this.__a[e])return;return o(E.event?E.event(t):t)}}}function nt(e,t,o,a,i,r,l,s,c,d){var u,y,w,p,h,v,f,g,x,b,C,m,R,I,$,P,M,Y,_=t.type;if(t.constructor!==xe)return null;128&o.__u&&(c=32&o.__u,u=o.__c.__z)&&(t.__u|=c,y=r=[],u.nodeType==8?s=De(u,r):r.push(u),s=r[0]||s),(u=E.__b)&&u(t);e:if(typeof _=="function"){w=l.length;try{if(g=t.props,x=(u=_.prototype)&&u.render,b=(u=_.contextType)&&a[u.__c],C=u?b?b.props.value:u.__:a,(p=o.__c)?(t.__c=p,2&p.__g&&(p.__g|=1)):(x?t.__c=p=new _(g,C):(t.__c=p=new Ne(g,C),p.constructor=_,p.render=Xn),b&&b.sub(p),p.state||(p.state={}),p.__n=a,p.__g|=8,p.__h=[],p.__k=[]),x&&(p.__s||(p.__s=p.state),_.getDerivedStateFromProps&&(p.__s==p.state&&(p.__s=ue({},p.__s)),ue(p.__s,_.getDerivedStateFromProps(g,p.__s)))),h=p.props,v=p.state,p.__v=t,o.__c){if(g!==h&&x&&!_.getDerivedStateFromProps&&p.componentWillReceiveProps&&p.componentWillReceiveProps(g,C),t.__v==o.__v&&!(8&p.__g)||!(4&p.__g)&&p.shouldComponentUpdate&&p.shouldComponentUpdate(g,p.__s,C)===!1){t.__v!=o.__v&&(p.props=g,p.state=p.__s,p.__g&=-9),t.__e=o.__e,t.__k=o.__k,t.__k.some(function(S){S&&(S.__=t)}),Oe.push.apply(p.__h,p.__k),p.__k=[],p.__h.length&&l.push(p),s=se(o);break e}p.componentWillUpdate&&p.componentWillUpdate(g,p.__s,C),x&&p.componentDidUpdate&&p.__h.push(function(){p.componentDidUpdate(h,v,f)})}else x&&!_.getDerivedStateFromProps&&p.componentWillMount&&p.componentWillMount(),x&&p.componentDidMount&&p.__h.push(p.componentDidMount);p.context=C,p.props=g,p.__P=e,p.__g&=-5,m=E.__r,R=x?25:0;do p.__g&=-9,m&&m(t),u=p.render(p.props,p.state=p.__s,p.context);while(8&p.__g&&++R<25);x&&(Oe.push.apply(p.__h,p.__k),p.__k=[]),p.state=p.__s,p.getChildContext&&(a=ue({},a,p.getChildContext())),x&&o.__c&&p.getSnapshotBeforeUpdate&&(f=p.getSnapshotBeforeUpdate(h,v)),I=u&&u.type===z&&u.key==null?u.props.children:u,g.__P&&(u=s,i=(e=g.__P).namespaceURI,c=r=null,o.props&&o.props.__P!=e&&(o.__k.some(function(S){S&&at(S,S)}),o.__k=null),s=o.__k?se(o,0):null),s=Et(e,tt(I)?I:[I],t,o,a,i,r,l,s,c,d),g.__P&&(t.__e=null,s=u),t.__u&=-161,y&&y.some(de),p.__h.length&&l.push(p),1&p.__g&&(p.__g&=-4)}catch(S){if(l.length=w,t.__v=null,c||r)if(S&&S.then){if(t.__u|=128|c,r){for(~(M=r.indexOf(s||void 0))||(M=r.length);(Y=r[M-1])&&Y.nodeType==8;)M--;for(;M<r.length;M++)if(Y=r[M])if(r[M]=null,$){if(Y==P)break}else{if(Y.nodeType!=8)break;Y.data.startsWith("$s")&&(P=De($=Y))}}if(!$){for(;s&&s.nodeType==8&&s.nextSibling;)s=s.nextSibling;$=s}(u=De($=t.__c.__z||(t.__c.__z=$)))?(t.__e=$,s=u):t.__e=s,s=s&&s.nextSibling}else r&&r.some(de);else t.__e=o.__e;t.__k||(t.__k=o.__k||[]),S&&S.then||Pt(t),E.__e(S,t,o)}}else s=t.__e=Jn(o.__e,t,o,a,i,r,l,c,d,e);return(u=E.diffed)&&u(t),s}function De(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var o=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))o++;else if(e.data.startsWith("/$s")&&!--o)return e}t&&t.push(e)}}function Pt(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Pt))}function It(e,t,o){for(var a=0;a<o.length;)ot(o[a++],o[a++],o[a++]);E.__c&&E.__c(t,e),e.some(function(i){try{e=i.__h,i.__h=[],e.some(function(r){r.call(i)})}catch(r){E.__e(r,i.__v)}})}function Jn(e,t,o,a,i,r,l,s,c,d){var u,y,w,p,h,v,f,g,x=o.props||Me,b=t.props,C=t.type;if(C=="svg"?i="http://www.w3.org/2000/svg":C=="math"?i="http://www.w3.org/1998/Math/MathML":i||(i="http://www.w3.org/1999/xhtml"),r){for(u=0;u<r.length;u++)if((h=r[u])&&(C?h.localName==C:h.nodeType==3)){e=h,r[u]=null;break}}if(!e){if(g=d.ownerDocument||document,!C)return g.createTextNode(b);e=g.createElementNS(i,C,b.is?b:d),s&&(E.__m&&E.__m(t,r),s=!1),r=null}if(C){if(d=C=="template"&&e.content||e,r=C=="textarea"&&b.defaultValue!=null?null:r&&$t.call(d.childNodes),!s&&r)for(x={},u=0;u<e.attributes.length;u++)x[(h=e.attributes[u]).name]=h.value;for(u in x)h=x[u],u=="dangerouslySetInnerHTML"?w=h:u=="children"||u in b||u=="value"&&"defaultValue"in b||u=="checked"&&"defaultChecked"in b||Pe(e,u,null,h,i);for(u in b)h=b[u],u=="children"?p=h:u=="dangerouslySetInnerHTML"?y=h:u=="value"?v=h:u=="checked"?f=h:s&&typeof h!="function"||x[u]===h||Pe(e,u,h,x[u],i);y?(s||w&&(y.__html==w.__html||y.__html==e.innerHTML)||(e.innerHTML=y.__html),t.__k=[]):(w&&(e.textContent=""),(C=="foreignObject"||i=="http://www.w3.org/1998/Math/MathML"&&Hn.test(C))&&(i="http://www.w3.org/1999/xhtml"),Et(d,tt(p)?p:[p],t,o,a,i,r,l,r?r[0]:o.__k&&se(o,0),s,c),r&&r.some(de)),s&&C!="textarea"||(u="value",C=="progress"&&v==null?e.removeAttribute(u):v==null||v===e[u]&&(C!="progress"||v)||Pe(e,u,v,x[u],i),u="checked",f!=null&&f!=e[u]&&Pe(e,u,f,x[u],i))}else x===b||s&&e.data==b||(e.data=b);return e}function ot(e,t,o,a){try{typeof e=="function"?t?t.__x=e(t)||1:a&&(a=a.__c||a.__e)&&(t=a.__x)&&(a.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(i){E.__e(i,o)}}function at(e,t,o){var a,i,r,l;if(E.unmount&&E.unmount(e),!(a=e.ref)||a.current&&a.current!=e.__e||ot(a,null,t,e),a=e.__c){if(a.componentWillUnmount)try{a.componentWillUnmount()}catch(s){E.__e(s,t)}a.__P=a.__n=null}if(a=e.__k)for(l=0;l<a.length;l++)a[l]&&at(a[l],t,typeof e.type!="function"||o&&!e.props.__P);!o&&(a=e.__c)&&(a=a.__z)&&(i=De(a,r=[]))&&(a==e.__e&&r.some(de),de(i),de(a)),o||de(e.__e),e.__e=e.__c=e.__=null}function Xn(e,t,o){return this.constructor(e,o)}function At(e,t){var o,a,i,r;E.__&&E.__(e,t),t.nodeType==9&&(t=t.documentElement),a=(o=e&&32&e.__u)?null:t.__k,t.__k=Ae(z,{children:[e]}),i=[],r=[],nt(t,t.__k,a||Me,Me,t.namespaceURI,a?null:t.firstChild?$t.call(t.childNodes):null,i,a?a.__e:t.firstChild,o,r),It(i,t.__k,r),t.__k.props.children=null}E={__e:function(e,t,o,a){for(var i,r,l;t=t.__;)if((i=t.__c)&&!(1&i.__g)){i.__g|=4;try{if((l=(r=i.constructor)&&r.getDerivedStateFromError)&&i.setState(r.getDerivedStateFromError(e)),i.componentDidCatch&&(i.componentDidCatch(e,a||{}),l=1),l&&8&i.__g)return void(i.__g|=2)}catch(s){e=s}}throw Le=0,e}},xt=0,jn=function(e){return e!=null&&e.constructor===xe},Ne.prototype.setState=function(e,t){var o=this.__s;o&&o!=this.state||(o=this.__s=ue({},this.state)),typeof e=="function"&&(e=e(ue({},o),this.props)),e&&(ue(o,e),this.__v&&(t&&this.__k.push(t),vt(this)))},Ne.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),vt(this))},Ne.prototype.render=z,re=[],Le=0,kt=function(e,t){return e.__v.__b-t.__v.__b},Ie=Symbol(),Ct=/(PointerCapture)$|Capture$/i,et=0,Ze={},Fn=0;var Ce,B,it,Nt,rt=Object.is,qe=0,jt=[],st=[],q=E,Dt=q.__b,Lt=q.__r,Mt=q.diffed,Ot=q.__c,qt=q.unmount,Bt=q.__;function ct(e,t){q.__h&&q.__h(B,e,qe||t),qe=0;var o=B.__H||(B.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function T(e){return qe=1,Qn(Ht,e)}function Qn(e,t,o){var a=ct(Ce++,2);if(a.t=e,!a.__c&&(a.__=[o?o(t):Ht(void 0,t),function(r){var l=(a.__N||a.__)[0],s=a.t(l,r);rt(l,s)||(a.__N=[s,a.__[1]],a.__c.setState({}))}],a.__c=B,!B.__f)){B.__f=!0;var i=B.shouldComponentUpdate;B.shouldComponentUpdate=function(r,l,s){var c=this.__H;if(!c)return!0;var d=!1,u=this.props!=r;if(c.__.some(function(w){w.__N&&(d=!0,rt(w.__[0],w.__N[0])||(u=!0))}),i){var y=i.call(this,r,l,s);return d?y||u:y}return!d||u}}return a.__}function j(e,t){var o=ct(Ce++,3);!q.__s&&Ft(o.__H,t)&&(o.__P=!0,o.__=e,o.u=t,B.__H.__h.push(o))}function F(e){return qe=5,Yn(function(){return{current:e}},[])}function Yn(e,t){var o=ct(Ce++,7);return Ft(o.__H,t)&&(o.__=e(),o.__H=t),o.__}function Zn(){var e;do{for(;e=st.shift();)try{ke(e)}catch(o){q.__e(o,{__:(e=e.__P)&&e.__v})}for(;e=jt.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(ke),t.__h.some(lt),t.__h=[]}catch(o){t.__h=[],q.__e(o,e.__v)}}}while(st.length)}q.__b=function(e){B=null,Dt&&Dt(e)},q.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Bt&&Bt(e,t)},q.__r=function(e){Lt&&Lt(e),Ce=0;var t=(B=e.__c).__H;t&&(it==B?B.__h=[]:(t.__h.some(ke),t.__h.some(lt),Ce=0),t.__h=[],t.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})),it=B},q.diffed=function(e){Mt&&Mt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Ut(jt.push(t)),t.__H.__.some(function(o){o.u&&(o.__H=o.u)})),it=B=null},q.__c=function(e,t){t.some(function(o){try{o.__h.some(ke),o.__h=o.__h.filter(function(a){return!a.__||lt(a)})}catch(a){o.__h=[function(){throw a}]}}),Ot&&Ot(e,t)},q.unmount=function(e){qt&&qt(e);var t,o,a=e.__c;a&&a.__H&&(a.__H.__.some(function(i){try{if(i.__P&&i.__c){if(o===void 0){for(o=e.__;o&&(!o.__c||!o.__c.__P);)o=o.__;o=o&&o.__c}i.__P=o,Ut(st.push(i))}else ke(i)}catch(r){t=r}}),a.__H=void 0,t&&q.__e(t,a.__v))};var zt=typeof requestAnimationFrame=="function";function eo(e){var t,o=function(){clearTimeout(a),zt&&cancelAnimationFrame(t),setTimeout(e)},a=setTimeout(o,35);zt&&(t=requestAnimationFrame(o))}function Ut(e){e!=1&&Nt==q.requestAnimationFrame||((Nt=q.requestAnimationFrame)||eo)(Zn)}function ke(e){var t=B,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),B=t}function lt(e){var t=B;e.__c=e.__(),B=t}function Ft(e,t){return!e||e.length!=t.length||t.some(function(o,a){return!rt(o,e[a])})}function Ht(e,t){return typeof t=="function"?t(e):t}var dt=new Set;function Wt(){let e=decodeURIComponent(window.location.pathname);return{rest:e.startsWith(O.base)?e.slice(O.base.length).replace(/^\/+/,""):"",params:new URLSearchParams(window.location.search),href:window.location.href}}function Gt(e,{replace:t=!1}={}){let o=new URL(e,window.location.href);if(o.href===window.location.href)return;window.history[t?"replaceState":"pushState"](null,"",o.pathname+o.search+o.hash),!!1&&!t&&window.scrollTo(0,0);for(let i of dt)i()}function N(e){let t=new URLSearchParams(window.location.search);for(let[a,i]of Object.entries(e))i==null||i===""||Array.isArray(i)&&i.length===0?t.delete(a):t.set(a,Array.isArray(i)?i.join(","):String(i));let o=t.toString();Gt(window.location.pathname+(o?"?"+o:""),{replace:!0})}function Vt(){let[e,t]=T(Wt);return j(()=>{let o=()=>t(Wt());return dt.add(o),window.addEventListener("popstate",o),()=>{dt.delete(o),window.removeEventListener("popstate",o)}},[]),e}function to(e){let t=e.href;return typeof t=="string"?t:t&&t.baseVal?new URL(t.baseVal,window.location.href).href:null}function Kt(){document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest&&e.target.closest("a");if(!t||t.hasAttribute("download")||(t.getAttribute("target")||"").startsWith("_b"))return;let o=to(t);if(!o)return;let a=new URL(o);a.origin===window.location.origin&&(a.pathname!==O.base&&!a.pathname.startsWith(O.base+"/")||a.pathname.startsWith(O.base+"/assets/")||(e.preventDefault(),Gt(a.href)))})}var Jt=`# The home page: the dataset, the three cases, and search.

query Home {
  datasetInfo { version nodes relationships sources backend }
  primary: countries(caseRole: PRIMARY) { ...CaseCard }
  comparators: countries(caseRole: COMPARATOR) { ...CaseCard }
  study: node(id: "source:study") { ...Ref }
}

fragment CaseCard on Country {
  iso3
  name
  names { lang value }
  caseRole
  deployments(first: 1) { totalCount }
  reforms { id }
  legalInstruments { id }
  safeguards { id }
  confidence
  citations { source { id } }
}

# Accent-insensitive full-text search (the API's), 50 hits a page.
query Search($text: String!, $after: String) {
  searchConnection(text: $text, first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { score snippet node { ...Ref } }
  }
}

# The countries a view can pick from.
query Countries {
  countries { iso3 name caseRole }
}
`;var Xt=`# The entity pages (/explore/{id}): one query per kind (the ID's prefix names it), each with
# every field of the node, its relationships with their evidence, citations and disputes.

query EntityCountry($id: ID!, $after: String) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...CountryPage
  }
}

query EntityMission($id: ID!, $after: String) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...MissionPage
  }
}

query EntityDeployment($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...DeploymentPage
  }
}

query EntityFunction($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...FunctionPage
  }
}

query EntityReform($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...ReformPage
  }
}

query EntityLegalInstrument($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...LegalInstrumentPage
  }
}

query EntitySafeguard($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...SafeguardPage
  }
}

query EntityPrinciple($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...PrinciplePage
  }
}

query EntityThreat($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...ThreatPage
  }
}

query EntityObstacle($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...ObstaclePage
  }
}

query EntityBenefit($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...BenefitPage
  }
}

query EntityRecommendation($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...RecommendationPage
  }
}

query EntityEvent($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...EventPage
  }
}

query EntitySource($id: ID!) {
  node(id: $id) {
    __typename
    id
    ...SourcePage
  }
}

# An ID whose prefix names no kind: only what every node has.
query EntityAny($id: ID!) {
  node(id: $id) {
    ...Ref
  }
}

fragment CountryPage on Country {
  iso3
  name
  names { lang value }
  caseRole
  facts
  deployments(first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ...Ref ...DeploymentSpan mission { ...Ref } }
  }
  reforms { ...Ref date kind }
  legalInstruments { ...Ref kind reference adopted }
  safeguards { ...Ref kind }
  principles { ...Ref scope }
  threats { threat { ...Ref } since note ...Evidence }
  obstacles { ...Ref }
  benefits { ...Ref }
  recommendations { ...Ref }
  events { ...Ref date }
  selectivity { missionsJoined missionsParticipated missionsActive share }
  personnelSeries { date total }
  personnelCoverage { from to gaps { from to } columns { column from note } note citations { ...Cite } }
}

fragment MissionPage on Mission {
  acronym
  name
  names { lang value }
  ...MissionSpan
  withdrawal { ...BoundFields }
  kind
  chapterVII
  host
  description
  note
  facts
  establishedBy { ...Ref reference adopted }
  contributors { ...Ref }
  deployments(first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ...Ref ...DeploymentSpan country { ...Ref } }
  }
}

fragment DeploymentPage on Deployment {
  title
  country { ...Ref }
  mission { ...Ref ...MissionSpan }
  ...DeploymentSpan
  personnel
  peakStrength
  strengths { kind value approximate date until note citations { ...Cite } }
  unit
  description
  facts
  functions { ...Ref }
  authorizedBy { ...Ref reference adopted }
  constrainedBy { ...Ref kind }
  catalyzed { reform { ...Ref } mechanism explanation ...Evidence }
  partners { ...Ref }
}

fragment FunctionPage on Function {
  code
  name
  description
  facts
}

fragment ReformPage on Reform {
  country { ...Ref }
  title
  names { lang value }
  date
  kind
  description
  facts
  instruments { ...Ref reference adopted }
  drivers { deployment { ...Ref } mission { ...Ref } mechanism explanation ...Evidence }
  addresses { ...Ref }
  partners { ...Ref }
}

fragment LegalInstrumentPage on LegalInstrument {
  country { ...Ref }
  kind
  title
  names { lang value }
  reference
  adopted
  inForce
  inForceSpan { ...SpanFields }
  lifecycle { stage date instrument { ...Ref } note citations { ...Cite } }
  summary
  facts
  governs { ...Ref }
  safeguards { ...Ref kind }
  amends { ...Ref adopted }
  amendedBy { ...Ref adopted }
}

fragment SafeguardPage on Safeguard {
  country { ...Ref }
  kind
  title
  description
  since
  inForceSpan { ...SpanFields }
  facts
  groundedIn { ...Ref reference adopted }
  groundedInLinks { instrument { ...Ref } span { ...SpanFields } note confidence citations { ...Cite } }
  constrains { ...Ref }
  upholds { ...Ref }
}

fragment PrinciplePage on Principle {
  scope
  name
  names { lang value }
  description
  facts
  heldBy { ...Ref }
  compatibleWith { ...Ref }
  compatibilities { other { ...Ref } ...Evidence }
  definedIn { ...Ref }
}

fragment ThreatPage on Threat {
  name
  names { lang value }
  kind
  description
  facts
  perceivedBy { country { ...Ref } since note ...Evidence }
  definedIn { ...Ref }
}

fragment ObstaclePage on Obstacle {
  country { ...Ref }
  title
  description
  facts
  overcomeBy { ...Ref }
}

fragment BenefitPage on Benefit {
  country { ...Ref }
  title
  description
  facts
}

fragment RecommendationPage on Recommendation {
  country { ...Ref }
  title
  description
  facts
  overcomes { ...Ref }
}

fragment EventPage on Event {
  date
  title
  names { lang value }
  description
  country { ...Ref }
  related { ...Ref }
  facts
}

fragment SourcePage on Source {
  kind
  title
  documentTitle
  authors
  publisher
  agency
  container
  year
  originalYear
  language
  url
  citationKey
  csl
}
`;var Qt=`# The personnel view: a country's IPI monthly series (months without a point have no
# figure: they are drawn as such, never as zero).

query PersonnelSeries($country: String!) {
  country(iso3: $country) {
    iso3
    name
    personnelSeries {
      date
      troops
      police
      experts
      total
      confidence
      citations { locator source { id title url } }
    }
  }
}
`;var Yt=`# The timeline view: a country's deployments against their missions' lifetimes, with its
# laws, reforms and events as marks.

query TimelineCountry($country: String!, $after: String) {
  country(iso3: $country) {
    iso3
    name
    deployments(first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        title
        ...DeploymentSpan
        peakStrength
        personnel
        confidence
        mission { id acronym name kind ...MissionSpan }
      }
    }
  }
  timeline(countries: [$country]) {
    date
    kind
    title
    node { __typename id }
  }
}
`;var Zt=`# The comparison matrix: one row per dimension, one column per country.

query Compare($countries: [String!]!) {
  compare(countries: $countries) {
    countries { ...Ref }
    rows {
      dimension
      description
      cells {
        country { iso3 }
        empty
        values
        nodes { ...Ref }
        citations { ...Cite }
      }
    }
  }
}
`;var en=`# Pathways and compliance: participation -> reform chains, and deployment -> safeguard ->
# legal basis chains.

query ReformPathways($country: String!) {
  reformPathways(country: $country) {
    country { ...Ref }
    from { ...Ref ... on Event { date } }
    deployment { ...Ref ...DeploymentSpan }
    mission { ...Ref }
    reform { ...Ref date kind }
    mechanism
    explanation
    basis
    confidence
    citations { ...Cite }
  }
}

query Compliance($country: String!) {
  constitutionalCompliance(country: $country) {
    deployment {
      ...Ref
      ...DeploymentSpan
      mission { acronym }
      authorizedBy { id }
    }
    safeguards { ...Ref kind groundedIn { id } }
    legalBasis { ...Ref kind reference adopted }
    citations { ...Cite }
  }
}
`;var tn=`# The graph neighbourhood: a node's relationships (never its citations). The view expands
# several nodes in one request by repeating node(id:) { ...Links } under aliases
# (api/graph.js); Neighbours is that request for one node.

query Neighbours($id: ID!) {
  node(id: $id) {
    ...Links
  }
}

query EvidencePath($from: ID!, $to: ID!, $maxHops: Int) {
  evidencePath(from: $from, to: $to, maxHops: $maxHops) {
    relationship
    forward
    node { ...Ref }
  }
}

fragment Links on Node {
  ...Ref
  ... on Country {
    deployments(first: 100) { totalCount nodes { ...Ref } }
    reforms { ...Ref }
    legalInstruments { ...Ref }
    safeguards { ...Ref }
    principles { ...Ref }
    threats { threat { ...Ref } }
    obstacles { ...Ref }
    benefits { ...Ref }
    recommendations { ...Ref }
    events { ...Ref }
  }
  ... on Mission {
    establishedBy { ...Ref }
    contributors { ...Ref }
    deployments(first: 100) { totalCount nodes { ...Ref } }
  }
  ... on Deployment {
    country { ...Ref }
    mission { ...Ref }
    functions { ...Ref }
    authorizedBy { ...Ref }
    constrainedBy { ...Ref }
    catalyzed { reform { ...Ref } }
    partners { ...Ref }
  }
  ... on Reform {
    country { ...Ref }
    instruments { ...Ref }
    drivers { deployment { ...Ref } mission { ...Ref } }
    addresses { ...Ref }
    partners { ...Ref }
  }
  ... on LegalInstrument {
    owner: country { ...Ref }
    safeguards { ...Ref }
    amends { ...Ref }
    amendedBy { ...Ref }
  }
  ... on Safeguard {
    country { ...Ref }
    groundedIn { ...Ref }
    constrains { ...Ref }
    upholds { ...Ref }
  }
  ... on Principle {
    heldBy { ...Ref }
    compatibleWith { ...Ref }
    definedIn { ...Ref }
  }
  ... on Threat {
    perceivedBy { country { ...Ref } }
    definedIn { ...Ref }
  }
  ... on Obstacle { country { ...Ref } overcomeBy { ...Ref } }
  ... on Benefit { country { ...Ref } }
  ... on Recommendation { country { ...Ref } overcomes { ...Ref } }
  ... on Event { owner: country { ...Ref } related { ...Ref } }
}
`;var nn=`# Dates and spans: the fields that api/time.js reads, and no other module. Every span bound
# has an explicit status (KNOWN with its date, ONGOING as of a date, UNKNOWN with what bounds
# it); start and end are the known dates only, kept for the places that print them plainly.

fragment BoundFields on Bound {
  status
  date
  asOf
  notBefore
  notAfter
  basis
  derived
}

fragment SpanFields on Span {
  start { ...BoundFields }
  end { ...BoundFields }
}

fragment MissionSpan on Mission {
  start
  end
  span { ...SpanFields }
}

fragment DeploymentSpan on Deployment {
  start
  end
  span { ...SpanFields }
}
`;var on=`# Fragments shared by the explorer's queries.

# How a related node is shown: its kind, ID and name.
fragment Ref on Node {
  __typename
  id
  ... on Country { iso3 name }
  ... on Mission { acronym name }
  ... on Deployment { title }
  ... on Function { name }
  ... on Reform { title }
  ... on LegalInstrument { title }
  ... on Safeguard { title }
  ... on Principle { name }
  ... on Threat { name }
  ... on Obstacle { title }
  ... on Benefit { title }
  ... on Recommendation { title }
  ... on Event { title }
  ... on Source { title }
}

fragment Cite on Citation {
  locator
  note
  source { id kind title authors publisher year language url }
}

# The evidence of anything Cited: citations, confidence and disputed values.
fragment Evidence on Cited {
  confidence
  citations { ...Cite }
  disputes {
    field
    note
    values { value preferred citations { ...Cite } }
  }
}
`;var po=[Jt,Xt,Qt,Yt,Zt,en,tn,nn,on];function fo(e){let t=new Map,o=/(query|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/g,a;for(;a=o.exec(e);){let i=0,r=e.indexOf("{",a.index);for(;r<e.length;r++)if(e[r]==="{")i++;else if(e[r]==="}"&&--i===0)break;t.set(a[2],{kind:a[1],text:e.slice(a.index,r+1)}),o.lastIndex=r+1}return t}var Be=new Map;for(let e of po)for(let[t,o]of fo(e))Be.set(t,o);function an(e){let t=Be.get(e);if(!t||t.kind!=="query")throw new Error(`explorer: no query named ${e}`);let o=new Set,a=[],i=r=>{for(let[,l]of r.matchAll(/\.\.\.\s*([A-Za-z_][A-Za-z0-9_]*)/g)){if(l==="on"||o.has(l))continue;let s=Be.get(l);if(!s)throw new Error(`explorer: query ${e} uses unknown fragment ${l}`);o.add(l),a.push(s.text),i(s.text)}};return i(t.text),[t.text,...a].join(`

`)+`
`}var ge=class extends Error{constructor(t,o,a){super(t),this.errors=o||[],this.status=a,this.code=this.errors[0]?.extensions?.code}},he=new Map,mo=100;async function pe(e,t={},{signal:o}={}){let a=an(e),i={name:e,query:a,variables:t},r=e+" "+JSON.stringify(t);if(he.has(r))return{data:he.get(r),request:i};let l=await fetch(O.endpoint,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},body:JSON.stringify({query:a,variables:t,operationName:e}),signal:o}),s;try{s=await l.json()}catch{throw new ge(`the API answered HTTP ${l.status} without JSON`,[],l.status)}if(s.errors&&s.errors.length>0){let c=s.errors[0],d=c.extensions?.code?` (${c.extensions.code})`:"";throw new ge(`${c.message}${d}`,s.errors,l.status)}if(!l.ok||!s.data)throw new ge(`the API answered HTTP ${l.status}`,[],l.status);return he.size>=mo&&he.delete(he.keys().next().value),he.set(r,s.data),{data:s.data,request:i}}function ut(e){let t=new URL(O.playground,window.location.href);return t.searchParams.set("query",e.query),e.variables&&Object.keys(e.variables).length>0&&t.searchParams.set("variables",JSON.stringify(e.variables,null,2)),t.searchParams.set("operationName",e.name),t.pathname+t.search}async function rn(e,t,{signal:o}={}){let a=an(e),i=Be.get(e).text,r=a.slice(i.length),l=i.slice(i.indexOf("{")+1,i.lastIndexOf("}")).trim(),s=t.map((p,h)=>`$id${h}: ID!`).join(", "),c=t.map((p,h)=>`  n${h}: ${l.replace("$id",`$id${h}`)}`).join(`
`),d=`query ${e}Batch(${s}) {
${c}
}
${r}`,u=Object.fromEntries(t.map((p,h)=>[`id${h}`,p])),y=await fetch(O.endpoint,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},body:JSON.stringify({query:d,variables:u,operationName:`${e}Batch`}),signal:o}),w=await y.json().catch(()=>null);if(!w||w.errors&&w.errors.length){let p=w&&w.errors&&w.errors[0];throw new ge(p?p.message:`the API answered HTTP ${y.status}`,w&&w.errors,y.status)}return{data:t.map((p,h)=>w.data[`n${h}`]),request:{name:`${e}Batch`,query:d,variables:u}}}function $e(e){let t=JSON.stringify(e),[o,a]=T({loading:!0,data:null,requests:[],error:null});return j(()=>{let i=!0,r=new AbortController;return a(l=>({...l,loading:!0,error:null})),Promise.all(e.map(([l,s])=>pe(l,s,{signal:r.signal}))).then(l=>{i&&a({loading:!1,data:l.map(s=>s.data),requests:l.map(s=>s.request),error:null})}).catch(l=>{i&&l.name!=="AbortError"&&a({loading:!1,data:null,requests:[],error:l})}),()=>{i=!1,r.abort()}},[t]),o}function ee(e,t){let o=$e([[e,t||{}]]);return{...o,data:o.data&&o.data[0],request:o.requests[0]}}function X(e){j(()=>{e&&(document.title=`${e} \xB7 peacegraph explorer`)},[e])}function ze(e){let t=new Map;for(let o of e||[]){if(!o||!o.source)continue;let a=t.get(o.source.id);a||t.set(o.source.id,a={source:o.source,locators:[]}),o.locator&&!a.locators.includes(o.locator)&&a.locators.push(o.locator)}return[...t.values()]}var ho={LEGAL_TEXT:"legislation",UN_DOCUMENT:"report",GOVERNMENT:"report",ACADEMIC:"article-journal",PRESS:"article-newspaper",DATASET:"dataset",OTHER:"webpage"};function go(e){if(e.includes(",")){let[t,o]=e.split(",",2).map(a=>a.trim());return{family:t,given:o}}return{literal:e}}function pt(e){return ze(e).map(({source:t,locators:o})=>{let a={id:t.id.replace(/^source:/,""),type:ho[t.kind]||"document",title:t.title};return t.authors&&t.authors.length&&(a.author=t.authors.map(go)),t.publisher&&(a.publisher=t.publisher),t.year&&(a.issued={"date-parts":[[t.year]]}),t.language&&(a.language=t.language),t.url&&(a.URL=t.url),o.length&&(a.note=`Cited at: ${o.join("; ")}`),a})}async function sn(e){let{Cite:t}=await import("./chunk-XBWHFP3H.js");return new t(pt(e)).format("bibtex",{format:"text"})}function ye(e,t,o){let a=o instanceof Blob?o:new Blob([o],{type:t}),i=URL.createObjectURL(a),r=document.createElement("a");r.href=i,r.download=e,document.body.append(r),r.click(),r.remove(),setTimeout(()=>URL.revokeObjectURL(i),1e4),window.__explorerLastExport={filename:e,type:t,text:typeof o=="string"?o:null}}function ln(e){if(e==null)return"";let t=Array.isArray(e)?e.join("; "):typeof e=="object"?JSON.stringify(e):String(e);return/[",\r\n]/.test(t)||/^\s|\s$/.test(t)?`"${t.replace(/"/g,'""')}"`:t}function yo(e,t){let o=t||[...new Set(e.flatMap(a=>Object.keys(a)))];return[o.map(ln).join(","),...e.map(a=>o.map(i=>ln(a[i])).join(","))].join(`\r
`)+`\r
`}function cn(e){let t=e.cloneNode(!0);t.setAttribute("xmlns","http://www.w3.org/2000/svg"),t.setAttribute("xmlns:xlink","http://www.w3.org/1999/xlink");let o=e.getBoundingClientRect();t.getAttribute("width")||t.setAttribute("width",Math.round(o.width)),t.getAttribute("height")||t.setAttribute("height",Math.round(o.height));let a=document.createElementNS("http://www.w3.org/2000/svg","rect");a.setAttribute("width","100%"),a.setAttribute("height","100%"),a.setAttribute("fill","white"),t.insertBefore(a,t.firstChild);let i=document.createElementNS("http://www.w3.org/2000/svg","style");return i.textContent='text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;}',t.insertBefore(i,t.firstChild),new XMLSerializer().serializeToString(t)}async function _o(e,t=2){let o=cn(e),a=e.getBoundingClientRect(),i=URL.createObjectURL(new Blob([o],{type:"image/svg+xml"}));try{let r=new Image;await new Promise((c,d)=>{r.onload=c,r.onerror=()=>d(new Error("the chart could not be rasterised")),r.src=i});let l=document.createElement("canvas");l.width=Math.ceil(a.width*t),l.height=Math.ceil(a.height*t);let s=l.getContext("2d");return s.fillStyle="white",s.fillRect(0,0,l.width,l.height),s.scale(t,t),s.drawImage(r,0,0,a.width,a.height),await new Promise(c=>l.toBlob(c,"image/png"))}finally{URL.revokeObjectURL(i)}}var dn={csv:(e,{rows:t,columns:o})=>ye(`${e}.csv`,"text/csv",yo(t,o)),json:(e,{json:t,rows:o})=>ye(`${e}.json`,"application/json",JSON.stringify(t??o,null,2)+`
`),svg:(e,{svg:t})=>ye(`${e}.svg`,"image/svg+xml",cn(t())),png:async(e,{svg:t})=>ye(`${e}.png`,"image/png",await _o(t())),csl:(e,{citations:t})=>ye(`${e}.csl.json`,"application/vnd.citationstyles.csl+json",JSON.stringify(pt(t),null,2)+`
`),bibtex:async(e,{citations:t})=>ye(`${e}.bib`,"application/x-bibtex",await sn(t))};var bo=Symbol.for("pv"),vo=0;function n(e,t,o,a,i,r){t||(t={});var l,s,c=t;if("ref"in c&&typeof e!="function")for(s in c={},t)s=="ref"?l=t[s]:c[s]=t[s];var d={type:e,props:c,key:o,ref:l,__k:null,__:null,__b:0,__e:null,__c:null,constructor:bo,__v:--vo,__i:-1,__u:0};return(i||r)&&(d.__source=i,d.__self=r),E.vnode&&E.vnode(d),d}function _e({typename:e}){let t=Z(e);return n("span",{class:"kind",style:{"--kind":t.colour},title:t.label,children:t.label})}function D({node:e,showKind:t=!1,children:o}){if(!e)return null;let a=e.__typename||me(e.id);return n("a",{class:"entity-link",href:V(e.id),children:[t&&n(_e,{typename:a}),o||L(e)]})}var wo={HIGH:"High confidence",MEDIUM:"Medium confidence",LOW:"Low confidence"};function be({value:e}){return e?n("span",{class:`confidence confidence-${e.toLowerCase()}`,title:"How sure the research dossier is of this fact: source quality and corroboration, not importance",children:wo[e]||e}):null}function ve({citations:e}){return!e||e.length===0?n("p",{class:"muted",children:"No citation."}):n("ol",{class:"citations",children:e.map((t,o)=>n("li",{children:[n(D,{node:{__typename:"Source",...t.source}}),t.source.year?n("span",{class:"muted",children:[" (",t.source.year,")"]}):null,t.locator&&n("span",{class:"locator",children:[", ",t.locator]}),t.note&&n("span",{class:"note",children:[" \u2014 ",t.note]}),t.source.url&&n(z,{children:[" ",n("a",{class:"external",href:t.source.url,target:"_blank",rel:"noopener noreferrer","aria-label":`Open the source document: ${t.source.title}`,children:"source \u2197"})]})]},o))})}function we({citations:e,id:t}){let[o,a]=T(!1),i=(e||[]).length,r=ze(e).length;return i===0?n("span",{class:"muted citation-count",children:"no citation"}):n("div",{class:"citation-toggle",children:[n("button",{type:"button",class:"citation-count","aria-expanded":o?"true":"false","aria-controls":t,onClick:()=>a(!o),title:`${i} citation${i===1?"":"s"} of ${r} source${r===1?"":"s"}`,children:[i," citation",i===1?"":"s"]}),o&&n("div",{id:t,class:"citation-popover",children:n(ve,{citations:e})})]})}function un({disputes:e}){return!e||e.length===0?null:n("section",{class:"disputes","aria-labelledby":"disputes-h",children:[n("h2",{id:"disputes-h",children:"Where sources disagree"}),e.map(t=>n("div",{class:"dispute",children:[n("h3",{children:n("code",{children:t.field})}),t.note&&n("p",{children:t.note}),n("table",{class:"table",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Value"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Sources"})]})}),n("tbody",{children:t.values.map((o,a)=>n("tr",{children:[n("td",{children:o.value}),n("td",{children:o.preferred?n("strong",{children:"preferred"}):"other value"}),n("td",{children:n(ve,{citations:o.citations})})]},a))})]})]},t.field))]})}function ae({requests:e}){let t=(e||[]).filter(Boolean);if(t.length===0)return null;let o=a=>{let i=Object.values(a.variables||{}).filter(r=>typeof r=="string"||Array.isArray(r));return i.length?`${a.name} (${i.flat().join(", ")})`:a.name};return t.length===1?n("a",{class:"button query-link",href:ut(t[0]),target:"_blank",rel:"noopener",title:`Open the GraphQL query ${o(t[0])} in the playground`,children:"Query \u2197"}):n("details",{class:"menu query-menu",children:[n("summary",{class:"button",children:["Queries (",t.length,")"]}),n("ul",{children:t.map((a,i)=>n("li",{children:n("a",{class:"query-link",href:ut(a),target:"_blank",rel:"noopener",children:[o(a)," \u2197"]})},i))})]})}function le({name:e,rows:t,columns:o,json:a,svg:i,citations:r}){let[l,s]=T(null),c=[];t&&c.push(["csv","Data as CSV"]),(t||a)&&c.push(["json","Data as JSON"]),i&&c.push(["svg","Chart as SVG"],["png","Chart as PNG"]),r&&c.push(["csl",`Citations as CSL-JSON (${ze(r).length} sources)`],["bibtex","Citations as BibTeX"]);let d=async u=>{s(null);try{await dn[u](e,{rows:t,columns:o,json:a,svg:i,citations:r})}catch(y){s(`Export failed: ${y.message}`)}};return n("details",{class:"menu export-menu",children:[n("summary",{class:"button",children:"Export"}),n("ul",{children:c.map(([u,y])=>n("li",{children:n("button",{type:"button","data-export":u,onClick:()=>d(u),children:y})},u))}),l&&n("p",{role:"alert",class:"error",children:l})]})}function W({what:e}){return n("p",{class:"loading",role:"status",children:["Loading ",e,"\u2026"]})}function G({error:e}){return n("div",{class:"error-box",role:"alert",children:[n("strong",{children:"The API answered with an error."})," ",e.message]})}function ce({title:e,children:t,requests:o,exportProps:a}){return n("header",{class:"view-header",children:[n("div",{children:[n("h1",{tabIndex:-1,id:"view-title",children:e}),t&&n("div",{class:"lede",children:t})]}),n("div",{class:"toolbar",children:[n(ae,{requests:o}),a&&n(le,{...a})]})]})}var xo={MEX:"The primary case: should Mexico practise Selective Peacekeeping?",ARG:"Participation as a catalyser of reform and a harmoniser of policy.",JPN:"Legal safeguards that kept participation within Article 9."};function ko({c:e}){return n("article",{class:"case",style:{"--case":oe(e.iso3)},children:[n("h3",{children:[n(D,{node:{__typename:"Country",...e}}),n("span",{class:"muted",children:[" \xB7 ",e.caseRole==="PRIMARY"?"primary case":"comparator"]})]}),n("p",{children:xo[e.iso3]}),n("dl",{class:"counts",children:[n("div",{children:[n("dt",{children:"Deployments"}),n("dd",{children:e.deployments.totalCount})]}),n("div",{children:[n("dt",{children:"Reforms"}),n("dd",{children:e.reforms.length})]}),n("div",{children:[n("dt",{children:"Legal instruments"}),n("dd",{children:e.legalInstruments.length})]}),n("div",{children:[n("dt",{children:"Safeguards"}),n("dd",{children:e.safeguards.length})]})]}),n("p",{class:"case-links",children:[n("a",{href:A("timeline",{countries:e.iso3}),children:"Timeline"})," \xB7 ",n("a",{href:A("graph",{focus:e.id}),children:"Graph"})," \xB7"," ",n("a",{href:A("pathways",{country:e.iso3}),children:"Pathways"})]})]})}function Co({text:e}){let[t,o]=T({text:null,hits:[],total:0,next:null,requests:[],error:null,loading:!1}),a=async l=>{o(s=>({...s,loading:!0}));try{let{data:s,request:c}=await pe("Search",l?{text:e,after:l}:{text:e}),d=s.searchConnection;o(u=>({text:e,hits:l?[...u.hits,...d.nodes]:d.nodes,total:d.totalCount,next:d.pageInfo.hasNextPage?d.pageInfo.endCursor:null,requests:l?[...u.requests,c]:[c],error:null,loading:!1}))}catch(s){o(c=>({...c,error:s,loading:!1}))}};if(j(()=>{e&&a(null)},[e]),!e)return null;if(t.error)return n(G,{error:t.error});if(t.text!==e)return n(W,{what:"search results"});let i=new Map;for(let l of t.hits){let s=l.node.__typename;i.has(s)||i.set(s,[]),i.get(s).push(l)}let r=[...i.entries()].sort((l,s)=>ie.indexOf(l[0])-ie.indexOf(s[0]));return n("section",{class:"search-results","aria-live":"polite","aria-labelledby":"results-h",children:[n("div",{class:"section-head",children:[n("h2",{id:"results-h",children:[t.total===0?"No match":`${t.total} match${t.total===1?"":"es"}`," for \u201C",e,"\u201D",t.total>=100?" (the best 100 are ranked)":""]}),n("div",{class:"toolbar",children:[n(ae,{requests:t.requests}),n(le,{name:"search",rows:t.hits.map(l=>({id:l.node.id,kind:l.node.__typename,score:l.score,snippet:l.snippet}))})]})]}),r.map(([l,s])=>n("div",{class:"result-group",children:[n("h3",{children:[Z(l).plural," ",n("span",{class:"muted",children:["(",s.length,")"]})]}),n("ul",{children:s.map(c=>n("li",{children:[n(D,{node:c.node}),c.snippet&&c.snippet!==c.node.title&&c.snippet!==c.node.name&&n("span",{class:"snippet",children:[" \u2014 ",c.snippet]})]},c.node.id))})]},l)),t.next&&n("button",{type:"button",class:"button",disabled:t.loading,onClick:()=>a(t.next),children:"More results"})]})}function pn({params:e}){X("Home");let t=e.get("q")||"",[o,a]=T(t),i=F(null),{data:r,error:l,loading:s,request:c}=ee("Home");j(()=>a(t),[t]);let d=u=>{u.preventDefault(),N({q:o.trim()})};return n("div",{class:"view home",children:[n("header",{class:"view-header",children:[n("div",{children:[n("h1",{tabIndex:-1,id:"view-title",children:"Selective Peacekeeping: the evidence"}),n("div",{class:"lede study",children:[n("p",{children:["The study argues that Mexico should practise ",n("em",{children:"Selective Peacekeeping"}),": join only selected UN operations and perform only selected functions, so that participation serves its foreign policy and modernises its armed forces against the \u201Cnew threats\u201D it perceives at home (drug trafficking, organised crime, terrorism), once domestic opposition and a tradition of non-involvement are overcome. It compares Argentina, where participation catalysed military reform and harmonised policy, and Japan, where legal safeguards kept participation within Article 9 of its constitution. It finds Mexico\u2019s foreign-policy principles compatible with UN peacekeeping."]}),r&&r.study&&n("p",{class:"muted",children:["Restated from ",n(D,{node:r.study}),"."]})]})]}),n("div",{class:"toolbar",children:n(ae,{requests:[c]})})]}),n("form",{class:"search",role:"search",onSubmit:d,children:[n("label",{for:"search-input",children:"Search the graph"}),n("div",{class:"search-row",children:[n("input",{id:"search-input",ref:i,type:"search",value:o,placeholder:"e.g. caecopaz, Art\xEDculo 76, PKO Act, MINUSTAH",onInput:u=>a(u.currentTarget.value),autocomplete:"off",spellcheck:!1}),n("button",{type:"submit",class:"button primary",children:"Search"})]}),n("p",{class:"hint",children:"Accent- and case-insensitive; every word must start a word of the entity\u2019s names, titles or descriptions."})]}),n(Co,{text:t}),l&&n(G,{error:l}),s&&!r&&n(W,{what:"the dataset"}),r&&n(z,{children:[n("section",{"aria-labelledby":"cases-h",children:[n("h2",{id:"cases-h",children:"The three cases"}),n("div",{class:"cases",children:[...r.primary,...r.comparators].map(u=>n(ko,{c:{...u,id:`country:${u.iso3.toLowerCase()}`}},u.iso3))})]}),n("section",{"aria-labelledby":"views-h",children:[n("h2",{id:"views-h",children:"Views"}),n("ul",{class:"view-cards",children:[n("li",{children:n("a",{href:A("personnel"),children:[n("strong",{children:"Personnel"})," \u2014 the IPI monthly series of the three countries, 1990\u20132014."]})}),n("li",{children:n("a",{href:A("timeline"),children:[n("strong",{children:"Timeline"})," \u2014 deployments against mission lifetimes, with laws, reforms and events."]})}),n("li",{children:n("a",{href:A("compare"),children:[n("strong",{children:"Compare"})," \u2014 the comparison matrix, every cell with its citations."]})}),n("li",{children:n("a",{href:A("pathways"),children:[n("strong",{children:"Pathways & compliance"})," \u2014 participation \u2192 reform; deployment \u2192 safeguard \u2192 legal basis."]})}),n("li",{children:n("a",{href:A("graph",{focus:"country:mex"}),children:[n("strong",{children:"Graph"})," \u2014 a node\u2019s neighbourhood and the evidence path between two entities."]})})]})]}),n("section",{"aria-labelledby":"dataset-h",class:"dataset",children:[n("h2",{id:"dataset-h",children:"The dataset"}),n("dl",{class:"counts wide","data-testid":"dataset-counts",children:[n("div",{children:[n("dt",{children:"Nodes"}),n("dd",{"data-count":"nodes",children:r.datasetInfo.nodes})]}),n("div",{children:[n("dt",{children:"Relationships"}),n("dd",{"data-count":"relationships",children:r.datasetInfo.relationships})]}),n("div",{children:[n("dt",{children:"Sources"}),n("dd",{"data-count":"sources",children:r.datasetInfo.sources})]}),n("div",{children:[n("dt",{children:"Version"}),n("dd",{"data-count":"version",children:n("code",{children:r.datasetInfo.version})})]}),n("div",{children:[n("dt",{children:"Backend"}),n("dd",{"data-count":"backend",children:r.datasetInfo.backend})]})]})]})]})]})}var $o=/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;function K(e){if(typeof e!="string")return null;let t=$o.exec(e);if(!t)return null;let o=+t[1];if(t[3]){let a=Date.UTC(o,+t[2]-1,+t[3]);return{text:e,precision:"day",first:new Date(a),next:new Date(a+864e5)}}return t[2]?{text:e,precision:"month",first:new Date(Date.UTC(o,+t[2]-1,1)),next:new Date(Date.UTC(o,+t[2],1))}:{text:e,precision:"year",first:new Date(Date.UTC(o,0,1)),next:new Date(Date.UTC(o+1,0,1))}}var fn=e=>{let t=K(e);return t?{status:"known",date:t}:{status:"unknown",bound:null}};function Ue(e,t){if(!e)return{status:"unknown",bound:null};let o={basis:e.basis||null,derived:!!e.derived};switch(e.status){case"KNOWN":return{status:"known",date:K(e.date),...o};case"ONGOING":return{status:"ongoing",asOf:K(e.asOf),...o};default:return{status:"unknown",bound:K(t==="end"?e.notAfter:e.notBefore),notBefore:K(e.notBefore),notAfter:K(e.notAfter),...o}}}function ft(e){return{start:Ue(e&&e.start,"start"),end:Ue(e&&e.end,"end")}}function Q(e){return e&&e.span?ft(e.span):{start:fn(e.start),end:fn(e.end)}}function mt(e){for(let t of["date","adopted","since"])if(e&&typeof e[t]=="string")return K(e[t]);return null}var mn={Mission:["start","end"],Deployment:["start","end"],Reform:["date"],Event:["date"],LegalInstrument:["adopted","inForce"],Safeguard:["since"],ThreatPerception:["since"]};function je(e,t){if(!e)return"unknown";switch(e.status){case"known":return e.date.text;case"ongoing":return`ongoing (as of ${e.asOf.text})`;default:return t==="end"?e.bound?`end unknown (by ${e.bound.text})`:"end unknown":e.bound?`start unknown (from ${e.bound.text})`:"start unknown"}}function te(e){return`${je(e.start,"start")} \u2013 ${je(e.end,"end")}`}function hn(e,t,o){return o??(e==="Mission"&&t==="end"?"not given (ongoing, or end unknown: see note)":"not given by the sources")}function gn(e,t){let o=[],a=+e.slice(0,4),i=+e.slice(5,7),r=+t.slice(0,4),l=+t.slice(5,7);for(;a<r||a===r&&i<=l;)o.push(`${a}-${String(i).padStart(2,"0")}`),++i>12&&(i=1,a++);return o}function J(e){return e.date.slice(0,7)}function yn(e){let t=Q(e);if(e.span)return t;let o=e.mission?Q(e.mission):null;return o&&(t.end.status==="unknown"&&!t.end.bound&&o.end.status==="known"&&(t.end={...t.end,bound:o.end.date}),t.start.status==="unknown"&&!t.start.bound&&o.start.status==="known"&&(t.start={...t.start,bound:o.start.date})),t}var ht=e=>e.start.status==="known"&&e.end.status==="known";function Fe(e){let t=e.start.status==="known"?e.start.date.first:e.start.bound?e.start.bound.first:null,o=e.end.status==="known"?e.end.date.next:e.end.bound?e.end.bound.next:null;return{lo:t,hi:o}}function ne(e){let t=mt(e);return t?t.text:null}var Re=e=>e.status==="known"?e.date.text:"";var He=e=>e.replace(/([a-z])([A-Z])/g,(t,o,a)=>`${o} ${a.toLowerCase()}`).replace(/^./,t=>t.toUpperCase()).replace("Chapter v i i","Chapter VII"),Ro=new Set(["__typename","id","citations","confidence","disputes","facts","names"]),We=e=>e&&typeof e=="object"&&typeof e.id=="string"&&e.__typename,So=e=>e&&typeof e=="object"&&Array.isArray(e.nodes)&&"totalCount"in e,Eo=e=>Array.isArray(e)&&e.length>0&&e.every(t=>t&&typeof t=="object"&&!We(t)&&"citations"in t);function To(e){let t=[];e.kind&&t.push(U(e.kind)),e.scope&&t.push(U(e.scope)),e.reference&&t.push(e.reference),("start"in e||"end"in e)&&t.push(te(Q(e)));let o=ne(e);return o&&t.push(o),e.mission&&e.mission.acronym&&t.push(e.mission.acronym),e.country&&e.country.iso3&&t.push(e.country.iso3),t.length?n("span",{class:"muted",children:[" \xB7 ",t.join(" \xB7 ")]}):null}function Po({items:e}){return e.length===0?n("p",{class:"muted",children:"None in the graph."}):n("ul",{class:"refs",children:e.map(t=>n("li",{children:[n(D,{node:t,showKind:!0}),To(t)]},t.id))})}function Io({field:e,items:t}){return n("table",{class:"table links",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Linked to"}),n("th",{scope:"col",children:"What the evidence says"}),n("th",{scope:"col",children:"Confidence"}),n("th",{scope:"col",children:"Evidence"})]})}),n("tbody",{children:t.map((o,a)=>{let i=Object.values(o).filter(We);return n("tr",{children:[n("td",{children:i.map(r=>n("div",{children:n(D,{node:r,showKind:!0})},r.id))}),n("td",{children:[o.mechanism&&n("strong",{children:[U(o.mechanism),". "]}),ne(o)&&n("span",{children:["Since ",ne(o),". "]}),o.explanation||o.note||"",o.disputes&&o.disputes.length>0&&n("p",{class:"muted",children:["Disputed: ",o.disputes.map(r=>r.field).join(", ")]})]}),n("td",{children:n(be,{value:o.confidence})}),n("td",{children:n(we,{citations:o.citations,id:`${e}-${a}-cites`})})]},a)})})]})}function Ao(e,t,o){if((mn[e]||[]).includes(t)){let a=hn(e,t,o);return o==null?n("span",{class:"unknown",children:a}):a}return o==null?n("span",{class:"muted",children:"not given"}):typeof o=="boolean"?o?"yes":"no":Array.isArray(o)?o.length?o.map(U).join(", "):n("span",{class:"muted",children:"none stated"}):typeof o=="string"&&/^[A-Z][A-Z0-9_]+$/.test(o)?U(o):typeof o=="string"&&/^https?:\/\//.test(o)?n("a",{href:o,target:"_blank",rel:"noopener noreferrer",class:"external",children:[o," \u2197"]}):String(o)}function No({node:e,after:t}){let o=e.__typename,a=[],i=[],r=[],l=[];for(let[s,c]of Object.entries(e))if(!Ro.has(s))if(s==="selectivity"&&c)l.push(n("section",{"aria-labelledby":"sel-h",children:[n("h2",{id:"sel-h",children:"Selectivity, all years"}),n("p",{children:["Joined ",n("strong",{children:c.missionsJoined})," of the ",n("strong",{children:c.missionsActive})," missions in the graph active while it deployed (share"," ",(c.share*100).toFixed(0),"%). ",n("a",{href:A("compare",{countries:e.iso3}),children:"Compare"})]})]},s));else if((s==="span"||s==="inForceSpan")&&c)a.push([s,te(ft(c))]);else if(s==="withdrawal")c&&a.push([s,je(Ue(c,"end"),"end")]);else if(s==="personnelCoverage"){if(!c)continue;let d=c.gaps.map(y=>`no data ${y.from} to ${y.to}`),u=c.columns.map(y=>`${y.column} from ${y.from}`);a.push([s,[`${c.from} to ${c.to}`,...d,...u].join("; ")])}else if(s==="personnelSeries"){if(c.length===0)continue;let d=c.reduce((u,y)=>y.total>u.total?y:u,c[0]);l.push(n("section",{"aria-labelledby":"ps-h",children:[n("h2",{id:"ps-h",children:"Personnel series"}),n("p",{children:[c.length," monthly IPI figures, ",J(c[0])," to ",J(c[c.length-1]),"; peak ",d.total," (",J(d),")."," ",n("a",{href:A("personnel",{countries:e.iso3}),children:"Draw it"})]})]},s))}else if(So(c))i.push([s,c.nodes,c]);else if(Eo(c))r.push([s,c]);else if(Array.isArray(c)&&(c.length===0||We(c[0])))i.push([s,c]);else if(We(c))i.push([s,[c]]);else{if(c&&typeof c=="object"&&!Array.isArray(c))continue;a.push([s,c])}return n(z,{children:[n("section",{"aria-labelledby":"fields-h",children:[n("h2",{id:"fields-h",children:"Fields"}),n("table",{class:"table fields",children:n("tbody",{children:[n("tr",{children:[n("th",{scope:"row",children:"ID"}),n("td",{children:n("code",{children:e.id})})]}),a.map(([s,c])=>n("tr",{children:[n("th",{scope:"row",children:He(s)}),n("td",{class:s==="description"||s==="summary"||s==="note"?"prose":"",children:Ao(o,s,c)})]},s)),e.names&&e.names.length>0&&n("tr",{children:[n("th",{scope:"row",children:"Names"}),n("td",{children:e.names.map(s=>n("div",{lang:s.lang,children:[n("span",{class:"muted",children:[s.lang,":"]})," ",s.value]},s.lang+s.value))})]}),e.facts&&e.facts.length>0&&n("tr",{children:[n("th",{scope:"row",children:"Dossier facts"}),n("td",{children:n("code",{children:e.facts.join(", ")})})]})]})})]}),l,(i.length>0||r.length>0)&&n("section",{"aria-labelledby":"rels-h",children:[n("h2",{id:"rels-h",children:"Relationships"}),r.map(([s,c])=>n("div",{class:"rel",children:[n("h3",{children:[He(s)," ",n("span",{class:"muted",children:["(",c.length,")"]})]}),n(Io,{field:s,items:c})]},s)),i.map(([s,c,d])=>n("div",{class:"rel",children:[n("h3",{children:[He(s)," ",n("span",{class:"muted",children:["(",d?d.totalCount:c.length,")"]})]}),n(Po,{items:c}),d&&(d.pageInfo.hasNextPage||t)&&n("p",{class:"pager",children:[t&&n("a",{href:V(e.id),children:"\u2190 first page"})," ",d.pageInfo.hasNextPage&&n("a",{href:`${V(e.id)}?after=${encodeURIComponent(d.pageInfo.endCursor)}`,children:["next ",He(s).toLowerCase()," \u2192"]})]})]},s))]}),"citations"in e&&n("section",{"aria-labelledby":"cites-h",children:[n("h2",{id:"cites-h",children:["Citations ",n("span",{class:"muted",children:["(",e.citations.length,")"]})]}),n(ve,{citations:e.citations})]}),n(un,{disputes:e.disputes})]})}function _n({id:e,params:t}){let o=me(e),a=t.get("after")||void 0,i=a&&(o==="Country"||o==="Mission")?{id:e,after:a}:{id:e},{data:r,error:l,loading:s,request:c}=ee(o?`Entity${o}`:"EntityAny",i),d=r&&r.node;if(X(d?L(d):e),l)return n("div",{class:"view",children:[n("h1",{tabIndex:-1,id:"view-title",children:e}),n(G,{error:l})]});if(s&&!d)return n("div",{class:"view",children:[n("h1",{tabIndex:-1,id:"view-title",children:e}),n(W,{what:e})]});if(!d)return n("div",{class:"view",children:[n("h1",{tabIndex:-1,id:"view-title",children:["No entity ",e]}),n("p",{children:["The graph has no node with this ID. ",n("a",{href:A("",{q:e.split(":").pop()}),children:"Search for it"}),"."]})]});let u=Z(d.__typename),y=d.citations||[];return n("div",{class:"view entity","data-entity":d.id,children:[n(ce,{title:L(d),requests:[c],exportProps:{name:d.id.replace(/[:/]/g,"-"),json:d,citations:y},children:[n("p",{class:"entity-meta",children:[n(_e,{typename:d.__typename})," ",n("code",{children:d.id})," ",n(be,{value:d.confidence}),y.length>0&&n("span",{class:"muted",children:[" \xB7 ",y.length," citation",y.length===1?"":"s"]})]}),n("p",{class:"entity-actions",children:[n("a",{href:A("graph",{focus:d.id}),children:"Neighbourhood graph"}),d.__typename==="Country"&&n(z,{children:[" \xB7 ",n("a",{href:A("timeline",{countries:d.iso3}),children:"Timeline"})," \xB7 ",n("a",{href:A("pathways",{country:d.iso3}),children:"Pathways"})]})," \xB7 ",n("span",{class:"muted",children:"Cite this page: "}),n("code",{class:"cite-url",children:window.location.origin+V(d.id)})]})]}),n(No,{node:d,after:a}),n("p",{class:"muted kind-note",children:[u.label," page."]})]})}var gt;function bn(){return gt||(gt=import("./chunk-LQQT52KV.js")),gt}function vn(e){if(O.nonce){for(let t of e.querySelectorAll("style"))t.setAttribute("nonce",O.nonce);e.tagName&&e.tagName.toLowerCase()==="style"&&e.setAttribute("nonce",O.nonce)}return e}var Ge={fontSize:"13px",fontFamily:'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',overflow:"visible"};function wn(e,t,o="#9a9a9a"){let a="http://www.w3.org/2000/svg",i=document.createElementNS(a,"defs"),r=document.createElementNS(a,"pattern");r.setAttribute("id",t),r.setAttribute("width","6"),r.setAttribute("height","6"),r.setAttribute("patternUnits","userSpaceOnUse"),r.setAttribute("patternTransform","rotate(45)");let l=document.createElementNS(a,"rect");l.setAttribute("width","6"),l.setAttribute("height","6"),l.setAttribute("fill","#f3f3f3");let s=document.createElementNS(a,"line");s.setAttribute("x1","0"),s.setAttribute("y1","0"),s.setAttribute("x2","0"),s.setAttribute("y2","6"),s.setAttribute("stroke",o),s.setAttribute("stroke-width","1.5"),r.append(l,s),i.append(r);let c=e.tagName.toLowerCase()==="svg"?e:e.querySelector("svg");return c.insertBefore(i,c.firstChild),`url(#${t})`}function Ve({build:e,deps:t,label:o,onDrawn:a,className:i}){let r=F(null),[l,s]=T(null);return j(()=>{let c=!0;return bn().then(d=>{if(!c||!r.current)return;let u=vn(e(d));r.current.replaceChildren(u),r.current.dataset.drawn="true",a&&a(u)}).catch(d=>{console.error(d),c&&s(d)}),()=>{c=!1}},t),n("figure",{class:`chart ${i||""}`,"aria-label":o,children:[n("div",{ref:r,class:"chart-body"}),l&&n("p",{role:"alert",class:"error",children:["The chart could not be drawn: ",l.message]})]})}var Se=[{key:"troops",label:"Troops",colour:H.blue},{key:"police",label:"Police",colour:H.orange},{key:"experts",label:"Experts on mission",colour:H.purple}],xn=["MEX","ARG","JPN"],yt=e=>e==null?"none reported":String(e);function Do(e,t){let o=[],a=null;for(let i of e)t.has(i)?a&&(o.push(a),a=null):a?a.to=i:a={from:i,to:i};return a&&o.push(a),o.map(i=>({...i,x1:K(i.from).first,x2:K(i.to).next}))}function kn(e){return e.citations.map(t=>`${t.source.title}${t.locator?` (${t.locator})`:""}`).join("; ")}function Lo({country:e,domain:t,yMax:o,mode:a,chartRefs:i}){let r=e.personnelSeries,l=new Set(r.map(J)),s=Do(t,l),c=K(t[0]).first,d=K(t[t.length-1]).next,u=[];for(let h of r){let v=J(h),f=K(v).first,g=K(v).next;if(a==="total")u.push({month:v,x1:f,x2:g,category:"Total",value:h.total,p:h});else for(let x of Se)h[x.key]!=null&&u.push({month:v,x1:f,x2:g,category:x.label,value:h[x.key],p:h})}let y=`hatch-${e.iso3}`,w=h=>{let v=h.plot({style:Ge,width:1100,height:220,marginLeft:56,marginRight:20,x:{type:"utc",domain:[c,d],label:null},y:{label:a==="total"?"Uniformed personnel (total)":"Uniformed personnel",grid:!0,domain:o?[0,o]:void 0,nice:!0},color:{domain:a==="total"?["Total"]:Se.map(g=>g.label),range:a==="total"?[oe(e.iso3)]:Se.map(g=>g.colour)},marks:[h.rect(s,{x1:"x1",x2:"x2",fill:"#eeeeee",ariaLabel:g=>`no figure: ${g.from} to ${g.to}`,className:"gap"}),h.rectY(u,h.stackY({x1:"x1",x2:"x2",y:"value",fill:"category",order:a==="total"?null:Se.map(g=>g.label),ariaLabel:g=>`${g.month} ${g.category}: ${g.value}`,insetLeft:.2,insetRight:.2})),h.ruleY([0]),h.tip(r,h.pointerX({x:g=>K(J(g)).first,y:g=>g.total,title:g=>`${J(g)} \xB7 ${e.name}
Troops: ${yt(g.troops)}
Police: ${yt(g.police)}
Experts on mission: ${yt(g.experts)}
Total: ${g.total}
Source: ${kn(g)}`,lineWidth:40}))]}),f=wn(v,y);for(let g of v.querySelectorAll('g.gap rect, g[aria-label="rect"] rect[aria-label^="no figure"]'))g.setAttribute("fill",f);return v.setAttribute("role","img"),v.setAttribute("aria-label",`${e.name}: monthly uniformed personnel in UN peacekeeping (IPI), ${t[0]} to ${t[t.length-1]}; hatched months have no figure`),v.dataset.country=e.iso3,v},p=r.reduce((h,v)=>v.total>h.total?v:h,r[0]||{total:0});return n("section",{class:"series","aria-labelledby":`ps-${e.iso3}`,children:[n("h2",{id:`ps-${e.iso3}`,children:[n("span",{class:"swatch",style:{background:oe(e.iso3)},"aria-hidden":"true"}),n(D,{node:{__typename:"Country",id:`country:${e.iso3.toLowerCase()}`,name:e.name}}),n("span",{class:"muted series-sub",children:r.length===0?" \xB7 no IPI figures":` \xB7 ${r.length} months with figures, ${J(r[0])} to ${J(r[r.length-1])}; peak ${p.total} (${J(p)})`})]}),n(Ve,{build:w,deps:[e.iso3,a,o,t.length],label:`${e.name} personnel chart`,onDrawn:h=>i.current[e.iso3]=h})]})}function Cn({params:e}){X("Personnel");let t=(e.get("countries")||xn.join(",")).split(",").filter(f=>/^[A-Za-z]{3}$/.test(f)).map(f=>f.toUpperCase()),o=e.get("show")==="total"?"total":"categories",a=e.get("scale")==="shared",{data:i,error:r,loading:l,requests:s}=$e(t.map(f=>["PersonnelSeries",{country:f}])),c=F({}),d=(i||[]).map(f=>f.country).filter(Boolean),u=d.filter(f=>f.personnelSeries.length>0),y=[];if(u.length){let f=u.map(x=>J(x.personnelSeries[0])).sort(),g=u.map(x=>J(x.personnelSeries[x.personnelSeries.length-1])).sort();y=gn(f[0],g[g.length-1])}let w=a?Math.max(...u.flatMap(f=>f.personnelSeries.map(g=>g.total))):null,p=d.flatMap(f=>f.personnelSeries.map(g=>({country:f.iso3,month:J(g),troops:g.troops,police:g.police,experts:g.experts,total:g.total,confidence:g.confidence,sources:kn(g)}))),h=d.flatMap(f=>f.personnelSeries.flatMap(g=>g.citations)),v=f=>N({countries:t.includes(f)?t.filter(g=>g!==f):[...t,f]});return n("div",{class:"view personnel",children:[n(ce,{title:"Uniformed personnel in UN peacekeeping",requests:s,exportProps:{name:"personnel",rows:p,columns:["country","month","troops","police","experts","total","confidence","sources"],svg:()=>Object.values(c.current)[0],citations:h},children:n("p",{children:["Monthly figures from the IPI Peacekeeping Database, by country and category. A month without a figure is ",n("span",{class:"hatch-key","aria-hidden":"true"})," hatched: the data have no row for it, which is not the same as zero. Within a month, a category the source reports as NA is drawn as none. Later deployments are on the"," ",n("a",{href:A("timeline"),children:"timeline"}),"."]})}),n("div",{class:"controls",role:"group","aria-label":"Chart options",children:[n("fieldset",{children:[n("legend",{children:"Countries"}),xn.map(f=>n("label",{class:"check",children:[n("input",{type:"checkbox",checked:t.includes(f),onChange:()=>v(f)})," ",f]},f))]}),n("fieldset",{children:[n("legend",{children:"Show"}),n("label",{class:"check",children:[n("input",{type:"radio",name:"show",checked:o==="categories",onChange:()=>N({show:null})})," By category"]}),n("label",{class:"check",children:[n("input",{type:"radio",name:"show",checked:o==="total",onChange:()=>N({show:"total"})})," Total"]})]}),n("fieldset",{children:[n("legend",{children:"Vertical scale"}),n("label",{class:"check",children:[n("input",{type:"radio",name:"scale",checked:!a,onChange:()=>N({scale:null})})," Per country"]}),n("label",{class:"check",children:[n("input",{type:"radio",name:"scale",checked:a,onChange:()=>N({scale:"shared"})})," Shared"]})]}),o==="categories"&&n("ul",{class:"legend","aria-label":"Legend",children:[Se.map(f=>n("li",{children:[n("span",{class:"swatch",style:{background:f.colour},"aria-hidden":"true"})," ",f.label]},f.key)),n("li",{children:[n("span",{class:"swatch hatch-key","aria-hidden":"true"})," No figure"]})]})]}),r&&n(G,{error:r}),l&&!i&&n(W,{what:"the personnel series"}),i&&d.map(f=>n(Lo,{country:f,domain:y,yMax:w,mode:o,chartRefs:c},f.iso3)),i&&n("p",{class:"muted coverage",children:["Coverage: the IPI series here run from ",y[0]," to ",y[y.length-1],". Figures are the personnel a country had deployed at the end of each month."]})]})}var _t=["MEX","ARG","JPN"];function fe({selected:e,onChange:t,max:o=8,single:a=!1}){let{data:i}=ee("Countries"),r=i&&i.countries||[],l=d=>(r.find(u=>u.iso3===d)||{}).name||d,s=d=>t(e.includes(d)?e.filter(u=>u!==d):[...e,d].slice(0,o)),c=r.filter(d=>!_t.includes(d.iso3));return a?n("fieldset",{children:[n("legend",{children:"Country"}),n("select",{"aria-label":"Country",value:e[0],onChange:d=>t([d.currentTarget.value]),children:[..._t.map(d=>({iso3:d,name:l(d)})),...c].map(d=>n("option",{value:d.iso3,children:[d.name," (",d.iso3,")"]},d.iso3))})]}):n("fieldset",{children:[n("legend",{children:"Countries"}),[...new Set([..._t,...e])].map(d=>n("label",{class:"check",children:[n("input",{type:"checkbox",checked:e.includes(d),onChange:()=>s(d)})," ",l(d)]},d)),c.length>0&&e.length<o&&n("select",{"aria-label":"Add a country",value:"",onChange:d=>d.currentTarget.value&&s(d.currentTarget.value),children:[n("option",{value:"",children:"Add a country\u2026"}),c.filter(d=>!e.includes(d.iso3)).map(d=>n("option",{value:d.iso3,children:d.name},d.iso3))]})]})}var Je=[{kind:"LEGAL_INSTRUMENT",lane:"Legal instruments",symbol:"diamond",colour:"#D55E00"},{kind:"REFORM",lane:"Reforms",symbol:"square",colour:"#009E73"},{kind:"EVENT",lane:"Events",symbol:"circle",colour:"#4d4d4d"}],$n=22;function Rn(e,t){let o=e.title.replace(new RegExp(`^${t} in `),"");return o.length>36?o.slice(0,34)+"\u2026":o}var Ke=e=>({href:t=>e(t).href,ariaLabel:t=>e(t).ariaLabel,title:t=>e(t).title});function Mo(e){let t=e.deployments.nodes.map(a=>({d:a,s:yn(a),m:Q(a.mission)})),o=a=>a.s.start.status==="known"?a.s.start.date.first.getTime():a.s.start.bound?a.s.start.bound.first.getTime()+1:1/0;return t.sort((a,i)=>o(a)-o(i)||a.d.id.localeCompare(i.d.id)),t.map(a=>({...a,key:Rn(a.d,e.iso3)+"\u200B".repeat(0),label:Rn(a.d,e.iso3)}))}function Oo(e){let t=[e.d.title,`Deployment: ${te(e.s)}`,`${e.d.mission.acronym}: ${te(e.m)}`];return e.d.peakStrength&&t.push(`Peak strength: ${e.d.peakStrength}`),e.d.personnel.length&&t.push(`Personnel: ${e.d.personnel.map(U).join(", ")}`),t.join(`
`)}function qo({data:e,domain:t,lanes:o,chartRefs:a}){let i=e.country,r=oe(i.iso3),l=Mo(i),s=new Map;for(let _ of l){let S=s.get(_.label)||0;s.set(_.label,S+1),_.key=S?`${_.label} (${S+1})`:_.label}let c=e.timeline.filter(_=>o.includes(_.kind)).map(_=>({e:_,date:mt(_),lane:Je.find(S=>S.kind===_.kind)})),d=c.filter(_=>_.date&&_.date.first>=t[0]&&_.date.first<t[1]),u=c.length-d.length,y=Je.filter(_=>o.includes(_.kind)).map(_=>_.lane),w=l.filter(_=>ht(_.s)),p=l.filter(_=>!ht(_.s)),[h,v]=t,f=_=>_<h?h:_>v?v:_,g=_=>_.s.start.status==="known",x=_=>_.s.end.status==="known",b=p.filter(_=>{let S=Fe(_.s);return S.lo!=null&&S.hi!=null&&(g(_)||x(_))}),C=p.filter(_=>!b.includes(_)&&(g(_)||x(_))),m=p.filter(_=>!g(_)&&!x(_)),R=_=>Math.max(_.m.start.date.next,...[_.s.start,_.s.end].filter(S=>S.status==="known").map(S=>S.date.next)),I=l.filter(_=>_.m.start.status==="known").map(_=>({r:_,x1:_.m.start.date.first,x2:_.m.end.status==="known"?_.m.end.date.next:new Date(R(_)),open:_.m.end.status!=="known"})),$={insetTop:2,insetBottom:2},P=_=>({href:V(_.d.id),ariaLabel:_.d.id,title:Oo(_)}),M=_=>{let S=_.plot({style:Ge,width:1100,height:40+$n*(l.length+y.length)+20,marginLeft:270,marginRight:40,marginTop:30,x:{type:"utc",domain:t,label:null,grid:!0,axis:"top"},y:{domain:[...y,...l.map(k=>k.key)],label:null,tickSize:0,padding:.25},marks:[_.barX(I,{y:k=>k.r.key,x1:k=>f(k.x1),x2:k=>f(k.x2),fill:"#e2e2e2",title:k=>`${k.r.d.mission.acronym}: ${te(k.r.m)}`,className:"mission-life"}),_.text(I.filter(k=>k.open&&k.x2<v&&!C.includes(k.r)&&!m.includes(k.r)),{y:k=>k.r.key,x:k=>k.x2,text:()=>"\u2508 ?",dx:3,textAnchor:"start",fill:"#777",fontWeight:"bold",title:k=>`${k.r.d.mission.acronym}: end not given (ongoing, or unknown)`}),_.barX(w,{y:"key",x1:k=>f(k.s.start.date.first),x2:k=>f(k.s.end.date.next),fill:r,className:"deployment known",...$,...Ke(P)}),_.barX(b,{y:"key",x1:k=>f(Fe(k.s).lo),x2:k=>f(Fe(k.s).hi),fill:r,fillOpacity:.14,stroke:r,strokeDasharray:"5,3",strokeWidth:1.5,className:"deployment bounded",...$,...Ke(P)}),_.tickX(p.filter(g),{y:"key",x:k=>f(k.s.start.date.first),stroke:r,strokeWidth:4,...$}),_.tickX(p.filter(x),{y:"key",x:k=>f(k.s.end.date.next),stroke:r,strokeWidth:4,...$}),_.text(C,{y:"key",x:k=>f(g(k)?k.s.start.date.first:k.s.end.date.next),text:k=>g(k)?"\u2508 end ?":"start ? \u2508",dx:k=>g(k)?5:-5,textAnchor:k=>g(k)?"start":"end",fill:r,fontWeight:"bold",className:"deployment open",...Ke(P)}),_.text(m,{y:"key",x:k=>k.m.start.status==="known"?f(k.m.start.date.first):h,text:()=>"dates not given",dx:4,textAnchor:"start",fill:"#444",fontStyle:"italic",className:"deployment undated",...Ke(P)}),_.dot(d,{x:k=>k.date.first,y:k=>k.lane.lane,symbol:k=>k.lane.symbol,fill:k=>k.lane.colour,r:4.5,stroke:"white",strokeWidth:.8,href:k=>V(k.e.node.id),ariaLabel:k=>`${k.e.kind.toLowerCase()} ${k.e.node.id}`,title:k=>`${k.date.text} \xB7 ${k.lane.lane.replace(/s$/,"")}
${k.e.title}`,className:"timeline-mark"}),_.ruleY(y.length?[y[y.length-1]]:[],{dy:$n/2+1,stroke:"#ccc"})]});return S.setAttribute("role","img"),S.setAttribute("aria-label",`${i.name}: ${l.length} deployments against their missions' lifetimes, with ${d.length} dated laws, reforms and events`),S.dataset.country=i.iso3,S},Y=i.deployments.pageInfo.hasNextPage;return n("section",{class:"timeline-country","aria-labelledby":`tl-${i.iso3}`,children:[n("h2",{id:`tl-${i.iso3}`,children:[n("span",{class:"swatch",style:{background:r},"aria-hidden":"true"}),n(D,{node:{__typename:"Country",id:`country:${i.iso3.toLowerCase()}`,name:i.name}}),n("span",{class:"muted series-sub",children:[" ","\xB7 ",i.deployments.totalCount," deployments (",w.length," with both dates known) \xB7 ",d.length," laws, reforms and events",u?` (${u} more outside these years)`:"",Y?` \xB7 showing the first ${i.deployments.nodes.length}`:""]})]}),n(Ve,{build:M,deps:[i.iso3,t[0].getTime(),t[1].getTime(),o.join()],label:`${i.name} timeline`,onDrawn:_=>a.current[i.iso3]=_})]})}function Sn({params:e}){X("Timeline");let t=(e.get("countries")||"MEX,ARG,JPN").split(",").filter(f=>/^[A-Za-z]{3}$/.test(f)).map(f=>f.toUpperCase()),o=(e.get("marks")||"LEGAL_INSTRUMENT,REFORM,EVENT").split(",").filter(f=>Je.some(g=>g.kind===f)),a=parseInt(e.get("from")||"",10),i=parseInt(e.get("to")||"",10),{data:r,error:l,loading:s,requests:c}=$e(t.map(f=>["TimelineCountry",{country:f}])),d=F({}),u=(r||[]).filter(f=>f.country),y=1/0,w=-1/0;for(let f of u)for(let g of f.country.deployments.nodes)for(let x of[Q(g),Q(g.mission)])for(let b of[x.start,x.end])b.status==="known"&&(y=Math.min(y,b.date.first),w=Math.max(w,b.date.next));let p=[new Date(Number.isFinite(a)?Date.UTC(a,0,1):Number.isFinite(y)?Date.UTC(new Date(y).getUTCFullYear(),0,1):Date.UTC(1945,0,1)),new Date(Number.isFinite(i)?Date.UTC(i+1,0,1):Number.isFinite(w)?Date.UTC(new Date(w).getUTCFullYear()+1,0,1):Date.UTC(2025,0,1))],h=u.flatMap(f=>f.country.deployments.nodes.map(g=>{let x=Q(g);return{country:f.country.iso3,id:g.id,title:g.title,mission:g.mission.acronym,start:Re(x.start),end:Re(x.end),startStatus:x.start.status,endStatus:x.end.status,missionStart:Re(Q(g.mission).start),missionEnd:Re(Q(g.mission).end),peakStrength:g.peakStrength}})),v=f=>N({marks:o.includes(f)?o.filter(g=>g!==f):[...o,f]});return n("div",{class:"view timeline",children:[n(ce,{title:"Deployments over time",requests:c,exportProps:{name:"timeline",rows:h,columns:["country","id","title","mission","start","startStatus","end","endStatus","missionStart","missionEnd","peakStrength"],json:r,svg:()=>Object.values(d.current)[0]},children:n("p",{children:["Each row is a deployment over its mission\u2019s lifetime (grey). A solid bar has both dates in the sources. When one end is not given, a"," ",n("span",{class:"dash-key","aria-hidden":"true"})," dashed bar runs only as far as the mission allows, with a thick tick at the date that is known, or \u201C\u2508 end ?\u201D when not even the mission bounds it; \u201Cdates not given\u201D when neither is known. Where a mission\u2019s end is not given (ongoing, or unknown), its grey stops at the last date the row knows, followed by \u201C\u2508 ?\u201D: nothing is drawn \u201Cuntil today\u201D. Click a bar or a mark to open its page."]})}),n("div",{class:"controls",role:"group","aria-label":"Timeline options",children:[n(fe,{selected:t,onChange:f=>N({countries:f})}),n("fieldset",{children:[n("legend",{children:"Marks"}),Je.map(f=>n("label",{class:"check",children:[n("input",{type:"checkbox",checked:o.includes(f.kind),onChange:()=>v(f.kind)})," ",f.lane]},f.kind))]}),n("fieldset",{children:[n("legend",{children:"Years"}),n("label",{class:"inline",children:["from ",n("input",{type:"number",min:"1940",max:"2030",value:Number.isFinite(a)?a:"",placeholder:p[0].getUTCFullYear(),onChange:f=>N({from:f.currentTarget.value}),"aria-label":"From year"})]}),n("label",{class:"inline",children:["to ",n("input",{type:"number",min:"1940",max:"2030",value:Number.isFinite(i)?i:"",placeholder:p[1].getUTCFullYear()-1,onChange:f=>N({to:f.currentTarget.value}),"aria-label":"To year"})]})]})]}),l&&n(G,{error:l}),s&&!r&&n(W,{what:"the timeline"}),u.map(f=>n(qo,{data:f,domain:p,lanes:o,chartRefs:d},f.country.iso3))]})}var En=e=>e.replace(/([a-z])([A-Z])/g,(t,o,a)=>`${o} ${a.toLowerCase()}`).replace(/^./,t=>t.toUpperCase());function Bo({cell:e,dimension:t}){let[o,a]=T(!1),i=`cell-${t}-${e.country.iso3}`;return e.empty?n("td",{"data-dimension":t,"data-country":e.country.iso3,class:"empty",children:n("span",{class:"muted",children:"No sourced data"})}):n("td",{"data-dimension":t,"data-country":e.country.iso3,children:[n("ul",{class:"values",children:e.values.map((r,l)=>n("li",{children:r},l))}),n("div",{class:"cell-evidence",children:[n(we,{citations:e.citations,id:`${i}-cites`}),e.nodes.length>0&&n("button",{type:"button",class:"link-button","aria-expanded":o?"true":"false",onClick:()=>a(!o),children:["from ",e.nodes.length," entit",e.nodes.length===1?"y":"ies"]})]}),o&&n("ul",{class:"refs compact",children:e.nodes.map(r=>n("li",{children:n(D,{node:r,showKind:!0})},r.id))})]})}function Tn({params:e}){X("Compare");let t=(e.get("countries")||"MEX,ARG,JPN").split(",").filter(h=>/^[A-Za-z]{3}$/.test(h)).map(h=>h.toUpperCase()),o=e.get("dims"),{data:a,error:i,loading:r,request:l}=ee("Compare",{countries:t}),s=a&&a.compare,c=s?s.rows.map(h=>h.dimension):[],d=o?o.split(",").filter(h=>c.includes(h)):c,u=s?s.rows.filter(h=>d.includes(h.dimension)):[],y=u.flatMap(h=>h.cells.map(v=>({dimension:h.dimension,country:v.country.iso3,empty:v.empty,values:v.values,entities:v.nodes.map(f=>f.id),citations:v.citations.length}))),w=u.flatMap(h=>h.cells.flatMap(v=>v.citations)),p=h=>{let v=d.includes(h)?d.filter(f=>f!==h):c.filter(f=>d.includes(f)||f===h);N({dims:v.length===c.length?null:v.length?v:["none"]})};return n("div",{class:"view compare",children:[n(ce,{title:"The comparison matrix",requests:[l],exportProps:{name:"compare",rows:y,columns:["dimension","country","empty","values","entities","citations"],json:s&&{countries:s.countries,rows:u},citations:w},children:n("p",{children:"One row per dimension, one column per country. Each cell lists its values and the citations they rest on (click the count); an empty cell means the graph holds no sourced data, never zero."})}),n("div",{class:"controls",role:"group","aria-label":"Matrix options",children:[n(fe,{selected:t,onChange:h=>N({countries:h}),max:6}),s&&n("fieldset",{class:"dims",children:[n("legend",{children:"Dimensions"}),s.rows.map(h=>n("label",{class:"check",title:h.description,children:[n("input",{type:"checkbox",checked:d.includes(h.dimension),onChange:()=>p(h.dimension)})," ",En(h.dimension)]},h.dimension)),n("button",{type:"button",class:"link-button",onClick:()=>N({dims:null}),children:"all"})]})]}),i&&n(G,{error:i}),r&&!s&&n(W,{what:"the comparison"}),s&&n("div",{class:"table-wrap",children:n("table",{class:"table matrix","aria-label":"Comparison matrix",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Dimension"}),s.countries.map(h=>n("th",{scope:"col",style:{"--case":oe(h.iso3)},class:"country-col",children:n(D,{node:h})},h.id))]})}),n("tbody",{children:u.map(h=>n("tr",{"data-row":h.dimension,children:[n("th",{scope:"row",children:[n("div",{class:"dim",children:En(h.dimension)}),n("div",{class:"muted dim-desc",children:h.description})]}),h.cells.map(v=>n(Bo,{cell:v,dimension:h.dimension},v.country.iso3))]},h.dimension))})]})})]})}var Pn,zo=()=>Pn||(Pn=import("./chunk-CW5XPFPS.js"));function Ee({draw:e,deps:t,label:o,onDrawn:a}){let i=F(null),[r,l]=T(null);return j(()=>{let s=!0;return zo().then(c=>{if(!s||!i.current)return;let d=e(c,i.current);i.current.dataset.drawn="true",a&&a(d)}).catch(c=>{console.error(c),s&&l(c)}),()=>{s=!1}},t),n("figure",{class:"chart graph-box","aria-label":o,children:[n("div",{ref:i,class:"chart-body"}),r&&n("p",{role:"alert",class:"error",children:["The graph could not be drawn: ",r.message]})]})}var In={TRAINING_AND_DOCTRINE:H.blue,INSTITUTION_BUILDING:H.green,LEGAL_CHANGE:H.vermillion,CIVILIAN_CONTROL:H.purple,INTEROPERABILITY:H.orange,REGIONAL_HARMONIZATION:H.sky,PROFESSIONALIZATION:H.black},Te=(e,t)=>({id:e.id,label:L(e),typename:e.__typename,detail:t});function An({edge:e,onClose:t}){return e?n("aside",{class:"evidence-panel","aria-live":"polite","aria-label":"Evidence of the selected link",children:[n("div",{class:"evidence-head",children:[n("h3",{children:[n(D,{node:e.from})," \u2192 ",n(D,{node:e.to})]}),n("button",{type:"button",class:"button",onClick:t,"aria-label":"Close the evidence panel",children:"Close"})]}),e.what&&n("p",{children:e.what}),e.confidence&&n(be,{value:e.confidence}),e.citationsNote&&n("p",{class:"muted",children:e.citationsNote}),n(ve,{citations:e.citations})]}):n("p",{class:"muted evidence-hint",children:"Select an arrow (click, or Tab then Enter) to see the citations it rests on."})}function Uo({country:e}){let{data:t,error:o,loading:a,request:i}=ee("ReformPathways",{country:e}),[r,l]=T(null),[s,c]=T(null),d=F(null),u=t&&t.reformPathways||[],y=m=>m.deployment||m.mission||m.from,w=m=>m.deployment?te(Q(m.deployment)):m.mission?"the mission as a whole":m.from.__typename==="Event"?`an event, ${ne(m.from)||"date not given"}`:"participation in general",p={STATED_ATTACHMENT_INFERRED:" (the source names no deployment: the attachment is the dataset\u2019s)",INFERRED_FROM_ABSTRACT:" (only the study\u2019s abstract supports it)"},h=new Map,v=new Map,f=[];u.forEach((m,R)=>{let I=y(m);I&&(h.set(I.id,Te(I,w(m))),v.set(m.reform.id,Te(m.reform,[ne(m.reform)||"date not given",U(m.reform.kind)].join(" \xB7 "))),f.push({key:`rp-${R}`,source:I.id,target:m.reform.id,colour:In[m.mechanism]||"#666",citations:m.citations,ariaLabel:`${L(I)} drove ${L(m.reform)} (${U(m.mechanism)}): ${m.citations.length} citations`,panel:{from:I,to:m.reform,what:`${U(m.mechanism)}. ${m.explanation||""}${p[m.basis]||""}`,confidence:m.confidence,citations:m.citations}}))});let g=m=>(c(s===m.id?null:m.id),!1),x=[{title:"Participation",nodes:[...h.values()].map(m=>({...m,onNode:g}))},{title:"Reform",nodes:[...v.values()].map(m=>({...m,onNode:g}))}],b=u.map(m=>({country:e,participation:y(m)&&y(m).id,reform:m.reform.id,reformDate:ne(m.reform),mechanism:m.mechanism,confidence:m.confidence,citations:m.citations.length,explanation:m.explanation})),C=[...new Set(u.map(m=>m.mechanism))];return n("section",{class:"pathways-section","aria-labelledby":"rp-h",children:[n("div",{class:"section-head",children:[n("h2",{id:"rp-h",children:"How participation drove reform"}),n("div",{class:"toolbar",children:[n(ae,{requests:[i]}),n(le,{name:`reform-pathways-${e}`,rows:b,json:u,svg:()=>d.current,citations:u.flatMap(m=>m.citations)})]})]}),n("div",{class:"controls",children:[n(fe,{single:!0,selected:[e],onChange:([m])=>N({reform:m})}),n("ul",{class:"legend","aria-label":"Mechanisms",children:C.map(m=>n("li",{children:[n("span",{class:"swatch line",style:{background:In[m]},"aria-hidden":"true"})," ",U(m)]},m))})]}),o&&n(G,{error:o}),a&&!t&&n(W,{what:"the reform pathways"}),t&&u.length===0&&n("p",{children:["The graph holds no sourced link from participation to a reform for ",e,"."]}),u.length>0&&n("div",{class:"graph-and-panel",children:[n(Ee,{label:`Reform pathways of ${e}`,deps:[e,r&&r.key,s,u.length],onDrawn:m=>d.current=m,draw:(m,R)=>m.layered(R,{columns:x,edges:f,href:I=>V(I.id),onEdge:l,selectedEdge:r&&r.key,focus:s,width:900})}),n(An,{edge:r&&r.panel,onClose:()=>l(null)})]}),u.length>0&&n("details",{class:"as-table",children:[n("summary",{children:["The ",u.length," chains as a table"]}),n("table",{class:"table",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Participation"}),n("th",{scope:"col",children:"Reform"}),n("th",{scope:"col",children:"Mechanism"}),n("th",{scope:"col",children:"Confidence"}),n("th",{scope:"col",children:"Evidence"})]})}),n("tbody",{children:u.map((m,R)=>n("tr",{children:[n("td",{children:n(D,{node:y(m),showKind:!0})}),n("td",{children:[n(D,{node:m.reform})," ",n("span",{class:"muted",children:ne(m.reform)||""})]}),n("td",{children:[U(m.mechanism),m.explanation?n("div",{class:"muted",children:m.explanation}):null]}),n("td",{children:n(be,{value:m.confidence})}),n("td",{children:n(we,{citations:m.citations,id:`rp-${R}-c`})})]},R))})]})]})]})}function jo({country:e}){let{data:t,error:o,loading:a,request:i}=ee("Compliance",{country:e}),[r,l]=T(null),[s,c]=T(void 0),d=F(null),u=t&&t.constitutionalCompliance||[],y=new Map,w=new Map,p=new Map,h=[],v=new Set,f=m=>(c(x===m.id?null:m.id),!1),g="The API gives these citations per compliance record: the deployment\u2019s own, its constraints\u2019 and its authorizations\u2019.";for(let m of u){let R=m.deployment;y.set(R.id,Te(R,te(Q(R))));let I=new Set(m.safeguards.map($=>$.id));for(let $ of m.safeguards){w.set($.id,Te($,U($.kind))),h.push({key:`c-${R.id}-${$.id}`,source:R.id,target:$.id,colour:"#8c8c8c",citations:m.citations,ariaLabel:`${L(R)} constrained by ${L($)}: ${m.citations.length} citations of the record`,panel:{from:R,to:$,what:"Constrained by this safeguard.",citations:m.citations,citationsNote:g}});for(let P of $.groundedIn){let M=`g-${$.id}-${P.id}`,Y=m.legalBasis.find(_=>_.id===P.id);Y&&!v.has(M)&&(v.add(M),h.push({key:M,source:$.id,target:P.id,colour:H.vermillion,citations:m.citations,ariaLabel:`${L($)} grounded in ${L(Y)}`,panel:{from:$,to:Y,what:"The safeguard is grounded in this instrument.",citations:m.citations,citationsNote:g}}))}}for(let $ of m.legalBasis)p.set($.id,Te($,[U($.kind),$.reference,ne($)].filter(Boolean).join(" \xB7 ")));for(let $ of R.authorizedBy){let P=m.legalBasis.find(M=>M.id===$.id);P&&h.push({key:`a-${R.id}-${$.id}`,source:R.id,target:$.id,colour:H.blue,dashed:!0,citations:m.citations,ariaLabel:`${L(R)} authorized by ${L(P)}`,panel:{from:R,to:P,what:"The deployment was authorized by this instrument.",citations:m.citations,citationsNote:g}})}}let x=s===void 0?u[0]&&u[0].deployment.id||null:s,b=[{title:"Deployment",nodes:[...y.values()].map(m=>({...m,onNode:f}))},{title:"Safeguard",nodes:[...w.values()].map(m=>({...m,onNode:f}))},{title:"Legal basis",nodes:[...p.values()].map(m=>({...m,onNode:f}))}],C=u.map(m=>({country:e,deployment:m.deployment.id,safeguards:m.safeguards.map(R=>R.id),legalBasis:m.legalBasis.map(R=>R.id),citations:m.citations.length}));return n("section",{class:"pathways-section","aria-labelledby":"cc-h",children:[n("div",{class:"section-head",children:[n("h2",{id:"cc-h",children:"Which safeguards kept each deployment within constitutional limits"}),n("div",{class:"toolbar",children:[n(ae,{requests:[i]}),n(le,{name:`compliance-${e}`,rows:C,json:u,svg:()=>d.current,citations:u.flatMap(m=>m.citations)})]})]}),n("div",{class:"controls",children:[n(fe,{single:!0,selected:[e],onChange:([m])=>N({compliance:m})}),n("label",{class:"inline",children:["Deployment"," ",n("select",{"aria-label":"Deployment whose chains are drawn",value:x||"",onChange:m=>c(m.currentTarget.value||null),children:[n("option",{value:"",children:"all deployments (overlaid)"}),[...y.values()].map(m=>n("option",{value:m.id,children:m.label},m.id))]})]}),n("ul",{class:"legend",children:[n("li",{children:[n("span",{class:"swatch line",style:{background:"#8c8c8c"},"aria-hidden":"true"})," constrained by"]}),n("li",{children:[n("span",{class:"swatch line",style:{background:H.vermillion},"aria-hidden":"true"})," grounded in"]}),n("li",{children:[n("span",{class:"swatch line dashed",style:{background:H.blue},"aria-hidden":"true"})," authorized by"]})]})]}),o&&n(G,{error:o}),a&&!t&&n(W,{what:"the compliance records"}),t&&u.length===0&&n("p",{children:["The graph holds no deployment with a recorded safeguard for ",e,"."]}),u.length>0&&n("div",{class:"graph-and-panel",children:[n(Ee,{label:`Constitutional compliance of ${e}`,deps:[e,r&&r.key,x,u.length],onDrawn:m=>d.current=m,draw:(m,R)=>m.layered(R,{columns:b,edges:h,href:I=>V(I.id),onEdge:l,selectedEdge:r&&r.key,focus:x,only:!0,width:1100})}),n(An,{edge:r&&r.panel,onClose:()=>l(null)})]})]})}function Nn({params:e}){X("Pathways and compliance");let t=(e.get("reform")||e.get("country")||"ARG").toUpperCase(),o=(e.get("compliance")||(e.get("country")==="MEX"?"MEX":"JPN")).toUpperCase();return n("div",{class:"view pathways",children:[n("header",{class:"view-header",children:n("div",{children:[n("h1",{tabIndex:-1,id:"view-title",children:"Pathways and compliance"}),n("div",{class:"lede",children:n("p",{children:"The study\u2019s two mechanisms as chains of evidence: participation that drove reform (the Argentine case), and the safeguards and legal basis that kept each deployment within constitutional limits (the Japanese case). Select a node to follow its chains; select an arrow to see the citations it rests on."})})]})}),n(Uo,{country:t}),n(jo,{country:o})]})}var Dn=e=>e&&typeof e=="object"&&typeof e.id=="string"&&typeof e.__typename=="string";function Ln(e){let t=[],o=(a,i)=>{Dn(i)&&t.push({node:i,field:a})};for(let[a,i]of Object.entries(e||{}))if(!(a==="__typename"||a==="id"))if(Array.isArray(i)){for(let r of i)if(Dn(r))o(a,r);else if(r&&typeof r=="object")for(let[l,s]of Object.entries(r))o(`${a}.${l}`,s)}else if(i&&typeof i=="object"&&Array.isArray(i.nodes))for(let r of i.nodes)o(a,r);else o(a==="owner"?"country":a,i);return t}var Xe=(e,t)=>({id:e.id,label:L(e),typename:e.__typename,depth:t}),Qe=(e,t)=>e<t?`${e}|${t}`:`${t}|${e}`;var qn=300,bt=150,Fo=3;async function Mn(e,t,o,a){let i=t.filter(s=>!e.expanded.has(s));if(i.length===0)return;let{data:r,request:l}=await rn("Neighbours",i);a.push(l),r.forEach((s,c)=>{let d=i[c];if(e.expanded.add(d),!s)return;e.nodes.has(d)||e.nodes.set(d,Xe(s,o));let u=Ln(s).filter(p=>p.node.id!==d),y=new Map;for(let p of u)y.has(p.node.id)||y.set(p.node.id,p);let w=[...y.values()].sort((p,h)=>ie.indexOf(p.node.__typename)-ie.indexOf(h.node.__typename)||L(p.node).localeCompare(L(h.node)));e.hidden.set(d,Math.max(0,w.length-bt));for(let p of w.slice(0,bt)){if(!e.nodes.has(p.node.id)){if(e.nodes.size>=qn){e.hidden.set(d,(e.hidden.get(d)||0)+1);continue}e.nodes.set(p.node.id,Xe(p.node,o+1))}let h=Qe(d,p.node.id);e.edges.has(h)||e.edges.set(h,{key:h,source:d,target:p.node.id,label:p.field.replace(/\..*$/,"")})}})}function On(){return{nodes:new Map,edges:new Map,expanded:new Set,hidden:new Map}}function Ho({onPick:e,disabled:t}){let[o,a]=T(""),[i,r]=T([]);return n("form",{class:"path-picker",onSubmit:async s=>{if(s.preventDefault(),!o.trim())return;let{data:c}=await pe("Search",{text:o.trim()});r(c.searchConnection.nodes.slice(0,8))},role:"search",children:[n("label",{for:"path-to",children:"Evidence path to"}),n("input",{id:"path-to",type:"search",value:o,onInput:s=>a(s.currentTarget.value),placeholder:"search an entity, e.g. PKO Act",disabled:t}),n("button",{type:"submit",class:"button",disabled:t,children:"Find"}),i.length>0&&n("ul",{class:"pick-list",children:i.map(s=>n("li",{children:n("button",{type:"button",class:"link-button",onClick:()=>{r([]),e(s.node.id)},children:[n(_e,{typename:s.node.__typename})," ",L(s.node)]})},s.node.id))})]})}function Bn({params:e}){let t=e.get("focus")||"country:mex",o=Math.min(Fo,Math.max(1,parseInt(e.get("depth")||"1",10)||1)),a=e.get("to")||"";X(`Graph of ${t}`);let[i,r]=T({loading:!0,error:null,version:0,path:null,selected:null}),l=F(On()),s=F([]),c=F(null),d=(b={})=>r(C=>({...C,...b,version:C.version+1}));j(()=>{let b=!0;return l.current=On(),s.current=[],r({loading:!0,error:null,version:0,path:null,selected:t}),(async()=>{let C=[t];for(let R=0;R<o&&C.length;R++){let I=new Set(l.current.nodes.keys());await Mn(l.current,C.slice(0,60),R,s.current),C=[...l.current.nodes.keys()].filter($=>!I.has($)&&!l.current.expanded.has($))}let m=null;if(a){let{data:R,request:I}=await pe("EvidencePath",{from:t,to:a,maxHops:6});s.current.push(I),m=R.evidencePath;let $=null;for(let P of m){if(l.current.nodes.has(P.node.id)||l.current.nodes.set(P.node.id,Xe(P.node,9)),$){let M=Qe($,P.node.id);l.current.edges.has(M)||l.current.edges.set(M,{key:M,source:P.forward?$:P.node.id,target:P.forward?P.node.id:$,label:P.relationship})}$=P.node.id}}b&&d({loading:!1,path:m})})().catch(C=>b&&r(m=>({...m,loading:!1,error:C}))),()=>{b=!1}},[t,o,a]);let u=b=>(r(C=>({...C,selected:b.id})),l.current.expanded.has(b.id)||Mn(l.current,[b.id],b.depth||1,s.current).then(()=>d()).catch(C=>r(m=>({...m,error:C}))),!1),y=[...l.current.nodes.values()].map(b=>({...b,expanded:l.current.expanded.has(b.id)})),w=[...l.current.edges.values()],p=new Set((i.path||[]).map(b=>b.node.id)),h=new Set;(i.path||[]).forEach((b,C,m)=>C>0&&h.add(Qe(m[C-1].node.id,b.node.id)));let v=i.selected&&l.current.nodes.get(i.selected),f=[...l.current.hidden.entries()].filter(([,b])=>b>0),g=[...new Set(y.map(b=>b.typename))].sort((b,C)=>ie.indexOf(b)-ie.indexOf(C)),x=l.current.nodes.get(t);return n("div",{class:"view graph",children:[n("header",{class:"view-header",children:[n("div",{children:[n("h1",{tabIndex:-1,id:"view-title",children:["Neighbourhood of ",x?x.label:t]}),n("div",{class:"lede",children:n("p",{children:["The node and its neighbours over the graph\u2019s relationships (citations are not drawn as edges). Click a node marked + (or Tab to it and press Enter) to expand it; drag to pan, scroll to zoom. At most ",bt," neighbours per node and ",qn," nodes are drawn; the rest are listed on the node\u2019s page."]})})]}),n("div",{class:"toolbar",children:[n(ae,{requests:s.current}),n(le,{name:`graph-${t.replace(/[:/]/g,"-")}`,rows:w.map(b=>({source:b.source,relationship:b.label,target:b.target})),json:{nodes:y,edges:w},svg:()=>c.current})]})]}),n("div",{class:"controls",role:"group","aria-label":"Graph options",children:[n("fieldset",{children:[n("legend",{children:"Depth"}),[1,2,3].map(b=>n("label",{class:"check",children:[n("input",{type:"radio",name:"depth",checked:o===b,onChange:()=>N({depth:b===1?null:b})})," ",b]},b))]}),n(Ho,{disabled:i.loading,onPick:b=>N({to:b})}),a&&n("p",{class:"path-summary","aria-live":"polite",children:[i.path==null?"Finding the path\u2026":i.path.length===0?`No path within 6 steps to ${a}.`:`Path to ${(l.current.nodes.get(a)||{label:a}).label}: ${i.path.length-1} steps.`," ",n("button",{type:"button",class:"link-button",onClick:()=>N({to:null}),children:"clear"})]})]}),n("ul",{class:"legend kinds","aria-label":"Kinds of node",children:g.map(b=>n("li",{children:[n("span",{class:"swatch dot",style:{background:Z(b).colour},"aria-hidden":"true"})," ",Z(b).label]},b))}),i.error&&n(G,{error:i.error}),i.loading&&n(W,{what:"the neighbourhood"}),!i.loading&&y.length===0&&n("p",{children:["No node ",t," in the graph."]}),!i.loading&&y.length>0&&n("div",{class:"graph-and-panel wide",children:[n(Ee,{label:`Neighbourhood of ${t}`,deps:[i.version,t,o,a,i.selected],onDrawn:b=>c.current=b,draw:(b,C)=>b.force(C,{nodes:y,edges:w,focus:t,selected:i.selected,pathIDs:p,pathEdges:h,href:m=>V(m.id),onNode:u,width:1e3,height:640})}),n("aside",{class:"evidence-panel","aria-live":"polite","aria-label":"Selected node",children:[v?n(z,{children:[n("h3",{children:[n(_e,{typename:v.typename})," ",v.label]}),n("p",{children:n("code",{children:v.id})}),n("p",{children:[n("a",{href:V(v.id),children:"Open its page"})," \xB7"," ",n("a",{href:A("graph",{focus:v.id}),children:"Centre the graph on it"}),v.id!==t&&n(z,{children:[" \xB7 ",n("a",{href:A("graph",{focus:t,depth:o===1?null:o,to:v.id}),children:["Evidence path from ",x?x.label:t]})]})]}),l.current.hidden.get(v.id)>0&&n("p",{class:"muted",children:[l.current.hidden.get(v.id)," more neighbours are on its page."]})]}):n("p",{class:"muted",children:"Select a node."}),n("p",{class:"muted graph-stats","data-nodes":y.length,"data-edges":w.length,children:[y.length," nodes, ",w.length," relationships drawn",f.length?`; ${f.reduce((b,[,C])=>b+C,0)} neighbours left out`:"","."]}),i.path&&i.path.length>0&&n("ol",{class:"path-steps","aria-label":"Evidence path",children:i.path.map((b,C)=>n("li",{children:[b.relationship&&n("span",{class:"muted",children:[b.forward?"\u2192":"\u2190"," ",b.relationship," "]}),n(D,{node:b.node,showKind:!0})]},C))})]})]}),n("p",{class:"muted",children:["Kinds by colour and letter: ",g.map(b=>`${Z(b).glyph} ${Z(b).label}`).join(", "),". ",me(t)?"":"The ID names no kind."]})]})}var zn=[["","Home",pn],["personnel","Personnel",Cn],["timeline","Timeline",Sn],["compare","Compare",Tn],["pathways","Pathways & compliance",Nn],["graph","Graph",Bn]];function Wo({rest:e}){return n("div",{class:"view",children:[n("h1",{tabIndex:-1,id:"view-title",children:"Not found"}),n("p",{children:["The explorer has no view ",n("code",{children:["/",e]}),". Entity pages have an ID with a kind, such as"," ",n("a",{href:`${O.base}/mission:minustah`,children:"mission:minustah"}),"."]})]})}function Go(){let e=Vt(),[t,o]=T(()=>localStorage.getItem("peacegraph-explorer-large")==="1");j(()=>{document.documentElement.classList.toggle("large",t);try{localStorage.setItem("peacegraph-explorer-large",t?"1":"0")}catch{}},[t]),j(()=>{let l=document.getElementById("view-title");l&&document.activeElement&&document.activeElement!==document.body&&l.focus({preventScroll:!0})},[e.rest]);let a=e.rest.split("/")[0],i=zn.find(([l])=>l===a),r;if(i){let l=i[2];r=n(l,{params:e.params})}else e.rest.includes(":")?r=n(_n,{id:e.rest,params:e.params}):r=n(Wo,{rest:e.rest});return n(z,{children:[n("a",{class:"skip",href:"#main",children:"Skip to content"}),n("header",{class:"site",children:[n("a",{class:"brand",href:A(""),children:["peacegraph ",n("span",{children:"explorer"})]}),n("nav",{"aria-label":"Views",children:n("ul",{children:zn.map(([l,s])=>n("li",{children:n("a",{href:A(l),"aria-current":i&&i[0]===l?"page":void 0,children:s})},l))})}),n("div",{class:"site-tools",children:[n("button",{type:"button",class:"button","aria-pressed":t?"true":"false",onClick:()=>o(!t),title:"Larger text and marks, for a projector",children:"Projector"}),n("a",{class:"button",href:O.playground,target:"_blank",rel:"noopener",children:"Playground \u2197"})]})]}),n("main",{id:"main",children:r}),n("footer",{class:"site",children:["Every mark rests on a source: follow a citation count to its documents. Data: the public GraphQL API at"," ",n("code",{children:O.endpoint}),"; flat exports at ",n("a",{href:O.exportIndex,children:O.exportIndex}),"."]})]})}Kt();var Un=document.getElementById("explorer");Un.textContent="";At(n(Go,{}),Un);
